using Tailor.Marketing;

namespace Tailor.Simulation;

/// <summary>
/// Runs a holdout experiment on a simulated shop: over a window, a random share of the customers is
/// kept from one channel (as a conversion-lift study does), and the channel's incremental orders a day
/// are estimated from the two groups' orders, scaled to the whole shop, with their standard error.
/// The groups' orders are drawn from the simulator's truth for those days, with the extra variance
/// that comes from customers buying at different rates.
/// </summary>
public static class LiftTestSimulator
{
    /// <summary>
    /// Variance of a random group's order count over a few weeks relative to a Poisson count's. With the
    /// simulator's Gamma-distributed purchase rates (shape r, rate alpha a day) the count of one customer
    /// over D days has variance mean x (1 + D / alpha); for the default process and four weeks that is
    /// about 2.4, and an analyst's CUPED-style adjustment for each customer's past orders takes some of it
    /// back. 2 is the default.
    /// </summary>
    public const double DefaultOverdispersion = 2;

    /// <summary>Simulates a holdout test of a channel.</summary>
    /// <param name="truth">The simulated shop's truth.</param>
    /// <param name="channel">The channel withheld from the holdout group.</param>
    /// <param name="start">First day of the test, inside the simulated period.</param>
    /// <param name="days">Length of the test in days, at least 7.</param>
    /// <param name="holdoutShare">Share of customers held out, in (0, 1).</param>
    /// <param name="rng">Random source of the groups' orders.</param>
    /// <param name="overdispersion">Variance of a group's order count relative to a Poisson count's, at least 1.</param>
    /// <returns>The measured incremental orders a day and their standard error, for the whole shop.</returns>
    /// <exception cref="ArgumentException">Unknown channel or an option out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window leaves the simulated period.</exception>
    public static LiftTest Holdout(
        SimulationGroundTruth truth, string channel, DateOnly start, int days, double holdoutShare, Random rng, double overdispersion = DefaultOverdispersion)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var index = ChannelIndex(truth, channel);
        if (days < 7 || holdoutShare is <= 0 or >= 1 || !(overdispersion >= 1))
        {
            throw new ArgumentException($"A holdout test needs at least 7 days (was {days}), a holdout share in (0, 1) (was {holdoutShare}) and an overdispersion of at least 1 (was {overdispersion}).");
        }

        var end = start.AddDays(days - 1);
        double exposed = 0, held = 0;
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            var d = truth.Day(day);
            exposed += d.BaselineOrders * (1 + d.MarketingLift);
            held += d.BaselineOrders * (1 + d.MarketingLift - d.ChannelLifts[index]);
        }

        var exposedOrders = Count(rng, (1 - holdoutShare) * exposed, overdispersion);
        var heldOrders = Count(rng, holdoutShare * held, overdispersion);
        var treatedRate = exposedOrders / (1 - holdoutShare);
        var holdoutRate = heldOrders / holdoutShare;
        var variance = overdispersion * ((exposedOrders / ((1 - holdoutShare) * (1 - holdoutShare))) + (heldOrders / (holdoutShare * holdoutShare)));
        return new LiftTest(channel, start, end, (treatedRate - holdoutRate) / days, Math.Sqrt(Math.Max(variance, 1)) / days);
    }

    /// <summary>The true incremental orders a day the channel bought over the window: what a perfect test would measure.</summary>
    /// <param name="truth">The simulated shop's truth.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="start">First day.</param>
    /// <param name="days">Length in days.</param>
    public static double TrueIncremental(SimulationGroundTruth truth, string channel, DateOnly start, int days)
    {
        var index = ChannelIndex(truth, channel);
        var sum = 0.0;
        for (var day = 0; day < days; day++)
        {
            var d = truth.Day(start.AddDays(day));
            sum += d.BaselineOrders * d.ChannelLifts[index];
        }

        return sum / days;
    }

    private static int ChannelIndex(SimulationGroundTruth truth, string channel)
    {
        ArgumentNullException.ThrowIfNull(truth);
        for (var c = 0; c < truth.Channels.Count; c++)
        {
            if (truth.Channels[c].Name == channel)
            {
                return c;
            }
        }

        throw new ArgumentException($"The simulated shop has no channel '{channel}'.", nameof(channel));
    }

    // A Gamma-Poisson (negative binomial) count with the given mean and variance mean x overdispersion.
    private static double Count(Random rng, double mean, double overdispersion)
    {
        if (overdispersion <= 1)
        {
            return rng.NextPoisson(mean);
        }

        var size = mean / (overdispersion - 1);
        return rng.NextPoisson(rng.NextGamma(size, size / mean));
    }
}
