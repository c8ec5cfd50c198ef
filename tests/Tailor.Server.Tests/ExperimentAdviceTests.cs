using System.Globalization;
using Tailor.Experiments;
using Tailor.Server.Dashboard;

namespace Tailor.Server.Tests;

/// <summary>The dashboard's one-sentence decision words the engine's report; hand-made reports check each case.</summary>
public sealed class ExperimentAdviceTests
{
    private static string Money(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:0.00} EUR");

    private static VariantComparison Comparison(double difference, double lower, double upper, bool significant) =>
        new("A", "two-proportion z", difference, lower, upper, null, null, null, null, null, 0.01, 0.01, 0.02, 0.02, lower, upper, significant);

    private static ExperimentReport Report(ExperimentMetric metric, bool mismatch, long exposures, params VariantComparison?[] comparisons)
    {
        var variants = new List<VariantReport> { new("A", 0.5, exposures / 2, 0, 0.1, 0, 0.1, 0.3, null, null, null, null) };
        variants.AddRange(comparisons.Select((c, i) => new VariantReport(((char)('B' + i)).ToString(), 0.5, exposures / 2, 0, 0.1, 0, 0.1, 0.3, null, null, null, c)));
        return new ExperimentReport("test", metric, OutcomeSource.Logged, false, ExperimentStatus.Running, null, 0.95, PValueCorrection.Holm,
            DateTimeOffset.UnixEpoch, exposures, variants, new SampleRatioCheck(mismatch ? 40 : 0.1, 1, mismatch ? 1e-9 : 0.75, mismatch, [exposures / 2.0, exposures / 2.0]),
            new CupedSummary(false, null, null, 14, "none"), null, "engine verdict");
    }

    [Fact]
    public void A_significant_gain_in_conversion_is_quoted_in_points_with_its_interval_and_shipped()
    {
        var advice = ExperimentAdvice.For(Report(ExperimentMetric.Conversion, false, 20_000, Comparison(0.012, 0.003, 0.021, true)), Money);

        Assert.Equal("B raises conversion by 1.2 points (95% interval 0.3 to 2.1 points): ship B.", advice.Text);
        Assert.Equal("ship", advice.Tone);
    }

    [Fact]
    public void Of_two_significant_gains_the_larger_is_shipped_and_revenue_is_in_money()
    {
        var report = Report(ExperimentMetric.Revenue, false, 3000, Comparison(0.5, 0.1, 0.9, true), Comparison(1.25, 0.5, 2, true));

        Assert.Equal("C raises revenue per visitor by 1.25 EUR (95% interval 0.50 EUR to 2.00 EUR): ship C.", ExperimentAdvice.For(report, Money).Text);
    }

    [Fact]
    public void No_significant_difference_says_keep_running_and_what_the_interval_rules_out_so_far()
    {
        var advice = ExperimentAdvice.For(Report(ExperimentMetric.Conversion, false, 1234, Comparison(0.01, -0.02, 0.04, false)), Money);

        Assert.Equal("No difference detected yet after 1,234 visitors: keep it running; the decision holds whenever you look. So far B differs from A by -2.0 to 4.0 points.", advice.Text);
        Assert.Equal("wait", advice.Tone);
    }

    [Fact]
    public void A_sample_ratio_mismatch_overrides_a_significant_result()
    {
        var advice = ExperimentAdvice.For(Report(ExperimentMetric.Conversion, true, 20_000, Comparison(0.012, 0.003, 0.021, true)), Money);

        Assert.StartsWith("Do not act on these results", advice.Text, StringComparison.Ordinal);
        Assert.Contains("p < 0.001", advice.Text, StringComparison.Ordinal);
        Assert.Equal("warn", advice.Tone);
    }

    [Fact]
    public void Variants_that_are_all_worse_keep_the_control()
    {
        var advice = ExperimentAdvice.For(Report(ExperimentMetric.Conversion, false, 20_000, Comparison(-0.02, -0.03, -0.01, true)), Money);

        Assert.Equal("Every variant does worse than A: B, the best of them, lowers conversion by 2.0 points (95% interval 1.0 to 3.0 points): keep A.", advice.Text);
    }

    [Fact]
    public void Without_exposures_there_is_nothing_to_decide()
    {
        Assert.StartsWith("No visitors in the experiment yet", ExperimentAdvice.For(Report(ExperimentMetric.Conversion, false, 0, [null]), Money).Text, StringComparison.Ordinal);
    }
}
