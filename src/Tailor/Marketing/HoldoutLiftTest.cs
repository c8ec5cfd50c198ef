using MathNet.Numerics.Distributions;
using Tailor.Experiments;

namespace Tailor.Marketing;

/// <summary>
/// Turns a holdout experiment run with Tailor's own experiments into a <see cref="LiftTest"/> for the
/// response curves: the control variant was kept from the channel, the other got it. The difference of
/// the two groups' mean outcome per customer, times every customer in the experiment, over the
/// experiment's days, is what the channel added a day; it speaks for the whole shop when the experiment
/// covered every customer the channel reaches (an email list, a customer-match audience).
/// </summary>
public static class HoldoutLiftTest
{
    /// <summary>The lift test an experiment measured.</summary>
    /// <param name="experiment">A two-variant experiment whose control (first variant) is the holdout.</param>
    /// <param name="report">Its report.</param>
    /// <param name="channel">The channel the holdout was kept from, as named in the spend rows.</param>
    /// <param name="end">Last day the channel ran for the exposed group; its report's day when null.</param>
    /// <returns>
    /// Incremental revenue a day for a revenue metric; for a conversion metric, incremental buyers a day
    /// counted as orders (a buyer's further orders in the experiment are not seen, so prefer revenue).
    /// </returns>
    /// <exception cref="ArgumentException">Not two variants, too few exposures to compare, outcomes without spread, or an end before the start.</exception>
    public static LiftTest From(Experiment experiment, ExperimentReport report, string channel, DateOnly? end = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Variants.Count != 2)
        {
            throw new ArgumentException($"Experiment '{report.Key}' has {report.Variants.Count} variants; a holdout test has two, the holdout (control) first.", nameof(report));
        }

        var comparison = report.Variants[1].VersusControl
            ?? throw new ArgumentException($"Experiment '{report.Key}' needs at least 2 exposures in each variant to measure a lift.", nameof(report));
        var start = DateOnly.FromDateTime(experiment.CreatedAt.UtcDateTime);
        var last = end ?? DateOnly.FromDateTime(report.GeneratedAt.UtcDateTime);
        if (last < start)
        {
            throw new ArgumentException($"The end {last:yyyy-MM-dd} lies before experiment '{report.Key}' started ({start:yyyy-MM-dd}).", nameof(end));
        }

        // The report gives the interval, not the standard error; the same quantile turns one into the other.
        var quantile = comparison.DegreesOfFreedom is { } df
            ? StudentT.InvCDF(0, 1, df, 0.5 + (report.Confidence / 2))
            : FrequentistTests.NormalQuantile(report.Confidence);
        var standardError = (comparison.DifferenceUpper - comparison.DifferenceLower) / (2 * quantile);
        if (!(standardError > 0))
        {
            // A zero standard error would let this one test overrule the whole history.
            throw new ArgumentException($"Experiment '{report.Key}' has no spread in its outcomes, so its lift has no standard error to weigh it by.", nameof(report));
        }

        var days = last.DayNumber - start.DayNumber + 1;
        var perDay = report.Exposures / (double)days;
        return new LiftTest(
            channel,
            start,
            last,
            comparison.Difference * perDay,
            standardError * perDay,
            report.Metric == ExperimentMetric.Revenue ? MarketingOutcome.Revenue : MarketingOutcome.Orders);
    }
}
