using MathNet.Numerics.Distributions;
using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

/// <summary>
/// Daily outcomes drawn exactly from the fitter's own model (log-linear trend, weekday rhythm, channels
/// with geometric adstock and Hill saturation, Poisson noise), for parameter-recovery tests.
/// </summary>
internal static class SyntheticMarketing
{
    public static readonly DateOnly Start = new(2024, 1, 1);

    // Monday first, mean 1 in the log sense is not needed: the fitter's weekday effects are free.
    private static readonly double[] Weekday = [0.9, 0.92, 0.95, 1.0, 1.05, 1.15, 1.05];

    /// <summary>Spend in two-week blocks at random levels (a fifth of them off), as a shop testing its budgets.</summary>
    public static double[] VaryingSpend(Random rng, int days, double typical)
    {
        var spend = new double[days];
        for (var block = 0; block < days; block += 14)
        {
            var level = rng.NextDouble() < 0.2 ? 0 : typical * (0.3 + (1.7 * rng.NextDouble()));
            for (var day = block; day < Math.Min(days, block + 14); day++)
            {
                spend[day] = Math.Round(level * Math.Exp(0.15 * Normal.Sample(rng, 0, 1)), 2);
            }
        }

        return spend;
    }

    /// <summary>Expected outcome per day: baseline growing linearly in logs, weekday factors, and the channels' lifts.</summary>
    public static double[] Expected(IReadOnlyList<ChannelCurve> curves, IReadOnlyList<double[]> spend, double baseline, double growthPerYear)
    {
        var days = spend[0].Length;
        var mu = new double[days];
        var adstock = new double[curves.Count];
        for (var t = 0; t < days; t++)
        {
            var lift = 0.0;
            for (var c = 0; c < curves.Count; c++)
            {
                var decay = curves[c].AdstockDecay;
                adstock[c] = ((1 - decay) * spend[c][t]) + (decay * adstock[c]);
                lift += curves[c].RelativeLift(adstock[c]);
            }

            var weekday = ((int)Start.AddDays(t).DayOfWeek + 6) % 7;
            mu[t] = baseline * Math.Exp(growthPerYear * (t - days + 1) / 365.0) * Weekday[weekday] * (1 + lift);
        }

        return mu;
    }

    public static double[] Poisson(Random rng, double[] mu) => mu.Select(m => (double)MathNet.Numerics.Distributions.Poisson.Sample(rng, m)).ToArray();

    /// <summary>The level the fitter reports as the planning baseline: the last 28 days' trend times the mean weekday factor.</summary>
    public static double PlanningBaseline(double baseline, double growthPerYear)
    {
        var trend = Enumerable.Range(0, 28).Average(k => Math.Exp(-growthPerYear * k / 365.0));
        return baseline * trend * Weekday.Average();
    }
}
