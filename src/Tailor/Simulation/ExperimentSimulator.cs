using Tailor.Experiments;

namespace Tailor.Simulation;

/// <summary>
/// Simulated experiments with known true conversion rates, for tests and benchmarks of the experiment
/// statistics: A/A and A/B tests read after every batch, and Thompson-sampling bandits.
/// </summary>
public static class ExperimentSimulator
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Runs <paramref name="experiments"/> two-arm experiments, each read after every batch of
    /// <paramref name="batch"/> subjects per arm for <paramref name="looks"/> looks, with the GrowthBook-tuned
    /// mSPRT (N* = 5000).
    /// </summary>
    /// <param name="controlRate">True conversion rate of A.</param>
    /// <param name="treatmentRate">True conversion rate of B (equal to A's for an A/A test).</param>
    /// <param name="experiments">Simulated experiments.</param>
    /// <param name="looks">Looks per experiment.</param>
    /// <param name="batch">Subjects per arm between looks.</param>
    /// <param name="alpha">Significance level.</param>
    /// <param name="seed">Random seed.</param>
    public static PeekingRates Peeking(double controlRate, double treatmentRate, int experiments, int looks, int batch, double alpha, int seed)
    {
        var random = new Random(seed);
        int naive = 0, sequential = 0, finalLook = 0;
        for (var e = 0; e < experiments; e++)
        {
            long a = 0, b = 0;
            bool naiveHit = false, sequentialHit = false;
            for (var look = 1; look <= looks; look++)
            {
                for (var i = 0; i < batch; i++)
                {
                    a += random.NextDouble() < controlRate ? 1 : 0;
                    b += random.NextDouble() < treatmentRate ? 1 : 0;
                }

                long n = (long)look * batch;
                double pA = (double)a / n, pB = (double)b / n;
                double v = (pA * (1 - pA) / n) + (pB * (1 - pB) / n);
                bool rejected = FrequentistTests.TwoProportion(a, n, b, n, 1 - alpha).PValue < alpha;
                naiveHit |= rejected;
                finalLook += look == looks && rejected ? 1 : 0;
                if (v > 0)
                {
                    double tau2 = SequentialTest.TunedMixingVariance(v, 2 * n, ExperimentDefaults.SequentialTuningSubjects, alpha);
                    sequentialHit |= SequentialTest.Evaluate(pB - pA, v, tau2, alpha).PValue < alpha;
                }
            }

            naive += naiveHit ? 1 : 0;
            sequential += sequentialHit ? 1 : 0;
        }

        return new PeekingRates((double)naive / experiments, (double)sequential / experiments, (double)finalLook / experiments);
    }

    /// <summary>
    /// A Thompson-sampling bandit over arms with the given true conversion rates: each hour
    /// <paramref name="perHour"/> new subjects are assigned by hash under the current weights and convert
    /// by the truth, then the weights are recomputed from the report.
    /// </summary>
    public static BanditRun Bandit(IReadOnlyList<double> truth, int hours, int perHour, ExperimentOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(options);
        var variants = truth.Select((_, k) => new ExperimentVariant(((char)('A' + k)).ToString(), 1)).ToArray();
        var experiment = new Experiment("bandit", variants, ExperimentMetric.Conversion, true, OutcomeSource.Logged, null,
            ExperimentStatus.Running, null, Start, variants.Select(_ => 1.0 / variants.Length).ToArray(), Start);
        var history = new List<ExperimentWeights> { new(Start, experiment.Weights) };
        var observations = new List<ExperimentObservation>();
        var random = new Random(seed);
        long conversions = 0;
        for (var hour = 0; hour < hours; hour++)
        {
            for (var i = 0; i < perHour; i++)
            {
                var id = $"C{observations.Count}";
                int arm = ExperimentHash.Assign(experiment.Key, id, experiment.Weights);
                int converted = random.NextDouble() < truth[arm] ? 1 : 0;
                conversions += converted;
                observations.Add(new ExperimentObservation(id, variants[arm].Name, Start.AddHours(hour).AddSeconds(i), converted, converted, 0, 0));
            }

            var now = Start.AddHours(hour + 1);
            if (ThompsonBandit.NextWeights(ExperimentAnalyzer.Analyze(experiment, observations, history, options, now), options) is { } next)
            {
                experiment = experiment with { Weights = next, WeightsUpdatedAt = now };
                history.Add(new ExperimentWeights(now, next));
            }
        }

        return new BanditRun(experiment, observations, history, conversions);
    }
}
