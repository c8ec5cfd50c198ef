using MathNet.Numerics.Distributions;
using Tailor.Customers;

namespace Tailor.Marketing;

/// <summary>
/// Maximum likelihood of the baseline and channel coordinates: the baseline alone first, then BFGS
/// from several random starting curves (fixed seed), keeping the best; and block-bootstrap refits
/// from the estimate.
/// </summary>
internal static class CurveEstimation
{
    public static (double[] Coordinates, double Value, bool Converged) Fit(
        MarketingLikelihood likelihood, double[] outcome, double[] weight, ResponseCurveOptions options, Random rng, CancellationToken cancellationToken)
    {
        var design = likelihood.Design;
        var baselineOnly = new MarketingLikelihood(design, outcome, weight, [], 0);
        var start = new double[design.Columns];
        var mean = 0.0;
        var count = 0.0;
        for (var t = 0; t < outcome.Length; t++)
        {
            mean += weight[t] * outcome[t];
            count += weight[t];
        }

        // Hats sum to one, so setting them all to the log mean starts at the mean level.
        mean = Math.Max(mean / Math.Max(1, count), 1e-6);
        for (var j = 0; j < design.TrendColumns; j++)
        {
            start[j] = Math.Log(mean);
        }

        var baseline = LogSpaceMinimizer.Minimize(
            baselineOnly.Evaluate, start, options.MaxIterations, options.GradientTolerance, cancellationToken).LogParameters;

        double[]? best = null;
        var bestValue = double.PositiveInfinity;
        var converged = false;
        for (var s = 0; s < options.Starts; s++)
        {
            var initial = new double[likelihood.Dimension];
            baseline.CopyTo(initial, 0);
            var totalLift = 0.0;
            for (var c = 0; c < likelihood.Channels; c++)
            {
                // The first start is a middle-of-the-road curve; the others are spread over plausible ranges.
                var (lift, half, shape, decay) = s == 0
                    ? (0.1, 1.0, 1.5, 0.4)
                    : (Uniform(rng, 0.02, 0.3), Math.Exp(Uniform(rng, Math.Log(0.3), Math.Log(3))), Uniform(rng, 0.7, 3), Uniform(rng, 0.05, 0.85));
                var coordinates = ChannelTransform.Coordinates(lift, half, shape, decay);
                var at = design.Columns + (ChannelTransform.Size * c);
                (initial[at], initial[at + 1], initial[at + 2], initial[at + 3]) = coordinates;
                totalLift += lift / 2;
            }

            // The channels lift the level, so the baseline starts lower by about their mean lift.
            for (var j = 0; j < design.TrendColumns; j++)
            {
                initial[j] -= Math.Log(1 + totalLift);
            }

            var minimum = LogSpaceMinimizer.Minimize(likelihood.Evaluate, initial, options.MaxIterations, options.GradientTolerance, cancellationToken);
            if (minimum.Value < bestValue)
            {
                best = minimum.LogParameters;
                bestValue = minimum.Value;
                converged = minimum.Converged;
            }
        }

        return (best!, bestValue, converged);
    }

    /// <summary>
    /// Pearson dispersion of the fit: the sum of squared Pearson residuals over the residual degrees of
    /// freedom, 1 for a Poisson count, about the mean order value times (1 + its squared coefficient of
    /// variation) for revenue.
    /// </summary>
    public static double Dispersion(MarketingLikelihood likelihood, double[] estimate, double[] outcome, double[] weight)
    {
        var expected = likelihood.Expected(estimate);
        double sum = 0, days = 0;
        for (var t = 0; t < outcome.Length; t++)
        {
            if (weight[t] > 0 && expected[t] > 0)
            {
                var residual = outcome[t] - expected[t];
                sum += weight[t] * residual * residual / expected[t];
                days += weight[t];
            }
        }

        var freedom = days - likelihood.Dimension;
        return freedom > 0 ? sum / freedom : 1;
    }

    /// <summary>
    /// Refits on outcomes rebuilt from the fitted means times moving blocks of the multiplicative
    /// residuals, each replicate from its own seeded stream so the result does not depend on threads.
    /// </summary>
    /// <remarks>
    /// A lift test is redrawn around the fit's value for it with its standard error (a parametric
    /// bootstrap): the test is one measurement, so there is nothing to resample.
    /// </remarks>
    public static double[][] Bootstrap(
        MarketingLikelihood fit,
        double[][] spend,
        double[] outcome,
        double[] weight,
        double[] estimate,
        int firstDay,
        ResponseCurveOptions options,
        CancellationToken cancellationToken)
    {
        var liftMeans = fit.LiftTestMeans(estimate);
        var fitted = fit.Expected(estimate);
        var days = outcome.Length - firstDay;
        var residual = new double[days];
        for (var t = 0; t < days; t++)
        {
            residual[t] = outcome[firstDay + t] / fitted[firstDay + t];
        }

        var replicates = new double[options.BootstrapReplicates][];
        var block = Math.Min(options.BootstrapBlockDays, days);
        Parallel.For(0, replicates.Length, new ParallelOptions { CancellationToken = cancellationToken }, r =>
        {
            // HashCode is salted per process; the stream must depend only on the seed and the replicate.
            var rng = new Random(unchecked((options.Seed * 1_000_003) + r + 1));
            var resampled = (double[])outcome.Clone();
            for (var t = 0; t < days;)
            {
                var from = rng.Next(days - block + 1);
                for (var k = 0; k < block && t < days; k++, t++)
                {
                    resampled[firstDay + t] = fitted[firstDay + t] * residual[from + k];
                }
            }

            var lifts = fit.Lifts.Select((l, i) => l with { Observed = liftMeans[i] + (l.StandardError * Normal.Sample(rng, 0, 1)) }).ToArray();
            var likelihood = new MarketingLikelihood(fit.Design, resampled, weight, spend, fit.PriorWeight, lifts, fit.Dispersion);
            replicates[r] = LogSpaceMinimizer.Minimize(
                likelihood.Evaluate, (double[])estimate.Clone(), options.MaxIterations, options.GradientTolerance, cancellationToken).LogParameters;
        });
        return replicates;
    }

    private static double Uniform(Random rng, double low, double high) => low + ((high - low) * rng.NextDouble());
}
