using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

public sealed class SampleRatioMismatchTests
{
    [Fact]
    public void Chi_square_matches_r_on_known_splits()
    {
        // R: chisq.test(c(5000, 5200), p = c(.5, .5)): X-squared = 3.921568627, p = 0.04767038066.
        var two = SampleRatioMismatch.Check([5000, 5200], [50, 50]);
        // R: chisq.test(c(3100, 2050, 850), p = c(.5, .35, .15)): X-squared = 7.301587302, p = 0.02597050908.
        var three = SampleRatioMismatch.Check([3100, 2050, 850], [0.5, 0.35, 0.15]);

        Assert.Equal(3.921568627, two.ChiSquare, 1e-8);
        Assert.Equal(0.04767038066, two.PValue, 1e-10);
        Assert.False(two.Mismatch); // p < 0.05 alone is not an SRM: the threshold is 0.001
        Assert.Equal(7.301587302, three.ChiSquare, 1e-8);
        Assert.Equal(2, three.DegreesOfFreedom);
        Assert.Equal(0.02597050908, three.PValue, 1e-10);
        Assert.Equal([3000.0, 2100.0, 900.0], three.ExpectedExposures);
    }

    [Fact]
    public void A_50_50_experiment_that_really_splits_52_48_is_flagged_at_20000_subjects()
    {
        var random = new Random(52);
        long a = 0;
        for (var i = 0; i < 20_000; i++)
        {
            a += random.NextDouble() < 0.52 ? 1 : 0;
        }

        var check = SampleRatioMismatch.Check([a, 20_000 - a], [50, 50]);

        // Expected chi-square at a true 52/48 is (400^2 / 10,000) x 2 = 32, far past the 10.83 of p = 0.001.
        Assert.True(check.Mismatch, $"split {a}/{20_000 - a} gave p = {check.PValue}");
    }

    [Fact]
    public void Hash_assignment_of_20000_customers_at_50_50_is_not_flagged()
    {
        long a = 0;
        for (var i = 0; i < 20_000; i++)
        {
            a += ExperimentHash.Assign("srm-check", $"C{i:D6}", [0.5, 0.5]) == 0 ? 1 : 0;
        }

        var check = SampleRatioMismatch.Check([a, 20_000 - a], [50, 50]);

        Assert.False(check.Mismatch, $"split {a}/{20_000 - a} gave p = {check.PValue}");
    }

    [Fact]
    public void Every_variant_must_be_expected_to_get_traffic() =>
        Assert.Throws<ArgumentException>(() => SampleRatioMismatch.Check([10, 10], [1, 0]));
}
