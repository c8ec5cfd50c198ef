using Tailor.Experiments;
using Tailor.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Experiments;

/// <summary>Thompson-sampling weights on a simulated stream of customers whose true conversion rates are known.</summary>
public sealed class ThompsonBanditTests(ITestOutputHelper output)
{
    [Fact]
    public void Traffic_shifts_to_the_best_arm_and_the_split_still_passes_the_srm_check()
    {
        // Three subject lines convert at 4%, 5% and 8%. Each hour 200 new customers are assigned by hash
        // under the current weights and convert by the truth; then the weights are recomputed.
        var options = new ExperimentOptions();

        var run = ExperimentSimulator.Bandit([0.04, 0.05, 0.08], hours: 30, perHour: 200, options, seed: 5);

        var report = ExperimentAnalyzer.Analyze(run.Experiment, run.Observations, run.WeightHistory, options, run.Observations[^1].ExposedAt.AddHours(1));
        var weights = run.Experiment.Weights;
        output.WriteLine($"weights {string.Join(", ", weights.Select(w => w.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}; " +
            $"exposures {string.Join(", ", report.Variants.Select(v => v.Exposures))}; SRM p = {report.Srm.PValue:G3}; conversions {run.Conversions}");
        Assert.True(weights[2] > 0.6, $"weights {string.Join(", ", weights)}");
        Assert.True(weights.All(w => w >= options.BanditMinimumWeight - 1e-12));
        Assert.True(report.Variants[2].Exposures > 2 * report.Variants[0].Exposures);
        Assert.False(report.Srm.Mismatch, $"SRM p = {report.Srm.PValue}");
        Assert.Equal("C", report.Variants.MaxBy(v => v.ProbabilityBest)!.Name);
        // More conversions than a fixed equal split would expect (6,000 x 17/300 = 340).
        Assert.True(run.Conversions > 340, $"{run.Conversions} conversions");
    }

    [Fact]
    public void Burn_in_keeps_the_weights_and_the_floor_keeps_every_arm_alive()
    {
        var experiment = Observations.Experiment(ExperimentMetric.Conversion, ("A", 1), ("B", 1));
        var few = Observations.Conversions("A", 50, 1).Concat(Observations.Conversions("B", 50, 20)).ToList();
        var many = Observations.Conversions("A", 500, 5).Concat(Observations.Conversions("B", 500, 200)).ToList();
        var options = new ExperimentOptions();

        Assert.Null(ThompsonBandit.NextWeights(ExperimentAnalyzer.Analyze(experiment, few, [], options, Observations.Start), options));
        var weights = ThompsonBandit.NextWeights(ExperimentAnalyzer.Analyze(experiment, many, [], options, Observations.Start), options)!;
        Assert.Equal(0.01, weights[0], 1e-9); // P(A best) is ~0: the floor
        Assert.Equal(0.99, weights[1], 1e-9);
        Assert.Equal([0.1 + (0.7 * 0.25), 0.1 + (0.7 * 0.25), 0.1 + (0.7 * 0.5)], ThompsonBandit.Floor([0.25, 0.25, 0.5], 0.1));
    }
}
