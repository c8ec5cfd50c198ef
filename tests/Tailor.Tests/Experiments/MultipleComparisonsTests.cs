using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

/// <summary>Holm and Benjamini-Hochberg against R 4.2.2's p.adjust.</summary>
public sealed class MultipleComparisonsTests
{
    private static readonly double[] PValues = [0.01, 0.04, 0.03, 0.005, 0.2, 0.012];

    [Theory]
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.012), "holm") = 0.05 0.09 0.09 0.03 0.20 0.05
    [InlineData(PValueCorrection.Holm, new[] { 0.05, 0.09, 0.09, 0.03, 0.20, 0.05 })]
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.012), "BH") = 0.024 0.048 0.045 0.024 0.200 0.024
    [InlineData(PValueCorrection.BenjaminiHochberg, new[] { 0.024, 0.048, 0.045, 0.024, 0.200, 0.024 })]
    public void Corrections_match_r_p_adjust(PValueCorrection method, double[] expected)
    {
        var adjusted = MultipleComparisons.Adjust(PValues, method);

        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], adjusted[i], 1e-12);
        }
    }

    [Fact]
    public void No_correction_keeps_the_values_and_bad_p_values_are_rejected()
    {
        Assert.Equal(PValues, MultipleComparisons.Adjust(PValues, PValueCorrection.None));
        Assert.Equal([1.0, 1.0], MultipleComparisons.Adjust([0.6, 0.5], PValueCorrection.Holm)); // 2 x 0.5, then max(1, 0.6)
        Assert.Throws<ArgumentException>(() => MultipleComparisons.Adjust([0.1, 1.2], PValueCorrection.Holm));
    }
}
