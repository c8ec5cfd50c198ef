using System.Text.RegularExpressions;
using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

/// <summary>Reports built from known data: the figures of the tests they rest on, corrections, SRM and the verdict.</summary>
public sealed partial class ExperimentAnalyzerTests
{
    [Fact]
    public void A_conversion_report_carries_the_z_test_lift_bayes_and_a_cautious_verdict()
    {
        var experiment = Observations.Experiment(ExperimentMetric.Conversion, ("A", 50), ("B", 50));
        var data = Observations.Conversions("A", 2000, 200).Concat(Observations.Conversions("B", 2000, 250)).ToList();

        var report = ExperimentAnalyzer.Analyze(experiment, data, [], new ExperimentOptions(), Observations.Start);

        var b = report.Variants[1];
        var c = b.VersusControl!;
        Assert.Equal((2000L, 250L, 0.125), (b.Exposures, b.Conversions, b.Rate));
        Assert.Equal(0.01235094771, c.PValue, 1e-10); // R prop.test, see FrequentistTestsTests
        Assert.Equal(c.PValue, c.PValueAdjusted); // one comparison: nothing to correct
        Assert.Equal(0.25, c.Lift!.Value, 1e-12);
        Assert.Equal(0.9938143483, b.ProbabilityBest!.Value, 1e-9); // R integrate, see BayesianAnalysisTests
        Assert.Equal("exact", report.BayesianMethod);
        Assert.False(report.Srm.Mismatch);
        // Read once at a planned end, p = 0.012 is significant; the always-valid p is not yet.
        Assert.True(c.SequentialPValue > 0.05);
        Assert.False(c.Significant);
        Assert.StartsWith("No clear difference between B and A yet: +25.0% (95% CI ", report.Verdict, StringComparison.Ordinal);
        Assert.Contains("fixed-horizon p = 0.012 holds only if this is the planned final look", report.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void With_enough_data_the_verdict_names_the_winner_with_its_interval_and_sequential_p()
    {
        var experiment = Observations.Experiment(ExperimentMetric.Conversion, ("A", 50), ("B", 50));
        var data = Observations.Conversions("A", 10_000, 1000).Concat(Observations.Conversions("B", 10_000, 1250)).ToList();

        var report = ExperimentAnalyzer.Analyze(experiment, data, [], new ExperimentOptions(), Observations.Start);

        var c = report.Variants[1].VersusControl!;
        Assert.True(c.Significant);
        var match = VerdictPattern().Match(report.Verdict);
        Assert.True(match.Success, report.Verdict);
        Assert.Equal(c.LiftLower!.Value * 100, double.Parse(match.Groups["lo"].Value, System.Globalization.CultureInfo.InvariantCulture), 0.051);
        Assert.Equal(c.LiftUpper!.Value * 100, double.Parse(match.Groups["hi"].Value, System.Globalization.CultureInfo.InvariantCulture), 0.051);
    }

    [Fact]
    public void A_revenue_report_runs_welchs_test_as_r_does()
    {
        // Student's sleep data as "revenue" per subject: R's t.test gives p = 0.07939414019.
        double[] a = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
        double[] b = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
        var data = a.Select((v, i) => new ExperimentObservation($"a{i}", "A", Observations.Start, v, v > 0 ? 1 : 0, 0, 0))
            .Concat(b.Select((v, i) => new ExperimentObservation($"b{i}", "B", Observations.Start, v, v > 0 ? 1 : 0, 0, 0))).ToList();

        var report = ExperimentAnalyzer.Analyze(Observations.Experiment(ExperimentMetric.Revenue, ("A", 1), ("B", 1)), data, [],
            new ExperimentOptions(), Observations.Start);

        var c = report.Variants[1].VersusControl!;
        Assert.Equal("Welch t", c.Test);
        Assert.Equal(0.07939414019, c.PValue, 1e-9);
        Assert.Equal(17.77647352, c.DegreesOfFreedom!.Value, 1e-7);
        Assert.Equal(2.33, report.Variants[1].Mean, 1e-12);
        Assert.Equal(9, report.Variants[1].Conversions); // subjects with a positive value
        Assert.NotNull(report.Variants[0].ProbabilityBest);
    }

    [Fact]
    public void Three_variants_are_corrected_by_holm_or_benjamini_hochberg()
    {
        var experiment = Observations.Experiment(ExperimentMetric.Conversion, ("A", 1), ("B", 1), ("C", 1));
        var data = Observations.Conversions("A", 3000, 300).Concat(Observations.Conversions("B", 3000, 345))
            .Concat(Observations.Conversions("C", 3000, 310)).ToList();

        var holm = ExperimentAnalyzer.Analyze(experiment, data, [], new ExperimentOptions(), Observations.Start);
        var bh = ExperimentAnalyzer.Analyze(experiment, data, [], new ExperimentOptions { Correction = PValueCorrection.BenjaminiHochberg },
            Observations.Start);

        double[] raw = [holm.Variants[1].VersusControl!.PValue, holm.Variants[2].VersusControl!.PValue];
        var expectedHolm = MultipleComparisons.Holm(raw);
        var expectedBh = MultipleComparisons.BenjaminiHochberg(raw);
        Assert.Equal(expectedHolm[0], holm.Variants[1].VersusControl!.PValueAdjusted, 1e-15);
        Assert.Equal(expectedHolm[1], holm.Variants[2].VersusControl!.PValueAdjusted, 1e-15);
        Assert.Equal(expectedBh[0], bh.Variants[1].VersusControl!.PValueAdjusted, 1e-15);
        Assert.True(holm.Variants[1].VersusControl!.PValueAdjusted > raw[0]);
        Assert.Equal("monte-carlo", holm.BayesianMethod);
        Assert.Equal(1.0, holm.Variants.Sum(v => v.ProbabilityBest!.Value), 1e-9);
        Assert.Null(holm.Variants[0].VersusControl);
    }

    [Fact]
    public void Srm_follows_the_weight_history_of_a_bandit()
    {
        // 1,000 exposures at 50/50, then 1,000 at 90/10: 1,400 / 600 is exactly as expected, while
        // checked against today's 90/10 alone it would look like a gross mismatch.
        var experiment = Observations.Experiment(ExperimentMetric.Conversion, ("A", 1), ("B", 1)) with { Weights = [0.9, 0.1] };
        var switchAt = Observations.Start.AddDays(1);
        ExperimentWeights[] history = [new(Observations.Start, [0.5, 0.5]), new(switchAt, [0.9, 0.1])];
        var data = new List<ExperimentObservation>();
        for (var i = 0; i < 1000; i++)
        {
            data.Add(new ExperimentObservation($"p1-{i}", i % 2 == 0 ? "A" : "B", Observations.Start.AddSeconds(i), 0, 0, 0, 0));
            data.Add(new ExperimentObservation($"p2-{i}", i % 10 == 0 ? "B" : "A", switchAt.AddSeconds(i), 0, 0, 0, 0));
        }

        var withHistory = ExperimentAnalyzer.Analyze(experiment, data, history, new ExperimentOptions(), switchAt.AddDays(1));
        var todayOnly = ExperimentAnalyzer.Analyze(experiment, data, [], new ExperimentOptions(), switchAt.AddDays(1));

        Assert.Equal(1400, withHistory.Srm.ExpectedExposures[0], 1e-6);
        Assert.Equal(600, withHistory.Srm.ExpectedExposures[1], 1e-6);
        Assert.False(withHistory.Srm.Mismatch);
        Assert.True(todayOnly.Srm.Mismatch);
        Assert.StartsWith("Sample ratio mismatch: exposures split 70.0%/30.0% where the weights expect 90.0%/10.0%", todayOnly.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_experiment_reports_without_numbers_that_json_cannot_hold()
    {
        var report = ExperimentAnalyzer.Analyze(Observations.Experiment(ExperimentMetric.Revenue, ("A", 1), ("B", 1)), [], [],
            new ExperimentOptions(), Observations.Start);

        Assert.Equal(0, report.Exposures);
        Assert.Equal("No exposures yet: assign subjects to the experiment first.", report.Verdict);
        Assert.Null(report.Variants[1].VersusControl);
        Assert.Null(report.Variants[1].ProbabilityBest);
        System.Text.Json.JsonSerializer.Serialize(report); // throws on NaN or infinity
    }

    [GeneratedRegex(@"^B beats A by 25\.0% \(95% CI (?<lo>-?\d+\.\d)% to (?<hi>-?\d+\.\d)%\); sequential p (= 0\.\d{3}|< 0\.001)\.")]
    private static partial Regex VerdictPattern();
}
