using MathNet.Numerics.Distributions;
using Tailor.Experiments;

namespace Tailor.Tests.Experiments;

/// <summary>CUPED on simulated data where the truth is known.</summary>
public sealed class CupedTests
{
    [Fact]
    public void Cuped_recovers_theta_halves_the_variance_and_keeps_the_effect_unbiased()
    {
        // Pre-period x ~ N(10, 2^2); metric y = 2 + 0.5 x + e, e ~ N(0, 1); B adds 0.1.
        // True theta = cov(y, x) / var(x) = 0.5; var(y) = 0.25 * 4 + 1 = 2, of which 0.5 x explains 1:
        // the variance reduction (squared correlation) is 0.5, and intervals shrink by sqrt(0.5).
        var random = new Random(2013);
        var observations = new List<ExperimentObservation>();
        for (var i = 0; i < 40_000; i++)
        {
            var variant = i % 2 == 0 ? "A" : "B";
            double x = Normal.Sample(random, 10, 2);
            double y = 2 + (0.5 * x) + Normal.Sample(random, 0, 1) + (variant == "B" ? 0.1 : 0);
            observations.Add(new ExperimentObservation($"s{i}", variant, Observations.Start, y, y > 0 ? 1 : 0, x, 1));
        }

        var experiment = Observations.Experiment(ExperimentMetric.Revenue, ("A", 1), ("B", 1));
        var adjusted = ExperimentAnalyzer.Analyze(experiment, observations, [], new ExperimentOptions(), Observations.Start);
        var raw = ExperimentAnalyzer.Analyze(experiment, observations, [], new ExperimentOptions { Cuped = false }, Observations.Start);

        Assert.True(adjusted.Cuped.Applied);
        Assert.Equal(0.5, adjusted.Cuped.Theta!.Value, 0.02);
        Assert.Equal(0.5, adjusted.Cuped.VarianceReduction!.Value, 0.02);
        Assert.False(raw.Cuped.Applied);
        var withCuped = adjusted.Variants[1].VersusControl!;
        var without = raw.Variants[1].VersusControl!;
        double widthRatio = (withCuped.DifferenceUpper - withCuped.DifferenceLower) / (without.DifferenceUpper - without.DifferenceLower);
        Assert.Equal(Math.Sqrt(0.5), widthRatio, 0.03);
        // Unbiased: within 3 standard errors of the true 0.1 (residual variance 1: s.e. sqrt(2 / 20,000) = 0.01).
        Assert.Equal(0.1, withCuped.Difference, 3 * 0.01);
    }

    [Fact]
    public void Without_pre_period_data_cuped_is_skipped_with_the_reason()
    {
        var experiment = Observations.Experiment(ExperimentMetric.Conversion, ("A", 1), ("B", 1));
        var observations = Observations.Conversions("A", 100, 10).Concat(Observations.Conversions("B", 100, 12)).ToList();

        var report = ExperimentAnalyzer.Analyze(experiment, observations, [], new ExperimentOptions(), Observations.Start);

        Assert.False(report.Cuped.Applied);
        Assert.Contains("pre-period", report.Cuped.Reason, StringComparison.Ordinal);
        Assert.Equal("two-proportion z", report.Variants[1].VersusControl!.Test);
    }
}
