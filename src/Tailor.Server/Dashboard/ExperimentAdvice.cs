using System.Globalization;
using Tailor.Experiments;

namespace Tailor.Server.Dashboard;

/// <summary>
/// The decision an owner takes from an experiment's report, in one sentence. Every figure and the decision
/// rule (the adjusted always-valid p-value, <see cref="VariantComparison.Significant"/>) are the engine's;
/// this only words them. The interval quoted is the always-valid one, the one that agrees with the decision
/// however often the page is opened.
/// </summary>
/// <param name="Text">The sentence.</param>
/// <param name="Tone">"ship", "wait" or "warn": how the page colours it.</param>
public sealed record ExperimentAdvice(string Text, string Tone)
{
    /// <summary>The advice for <paramref name="report"/>; <paramref name="money"/> writes amounts of a revenue metric.</summary>
    public static ExperimentAdvice For(ExperimentReport report, Func<decimal, string> money)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(money);
        if (report.Exposures == 0)
        {
            return new("No visitors in the experiment yet: nothing to decide. Assign visitors through the API (POST /api/v1/experiments/{key}/assignments).", "wait");
        }

        if (report.Srm.Mismatch)
        {
            return new(string.Create(CultureInfo.InvariantCulture,
                $"Do not act on these results: the variants got a different share of visitors than their weights ask for (sample ratio mismatch, p {P(report.Srm.PValue)}). Something loses or misroutes visitors; fix it and start again."),
                "warn");
        }

        int level = (int)Math.Round(report.Confidence * 100);
        var compared = report.Variants.Where(v => v.VersusControl is not null).ToList();
        var control = report.Variants[0].Name;
        if (compared.Where(v => v.VersusControl!.Significant && v.VersusControl.Difference > 0).MaxBy(v => v.VersusControl!.Difference) is { } winner)
        {
            var c = winner.VersusControl!;
            return new($"{winner.Name} raises {MetricName(report)} by {Amount(report, c.Difference, money)} ({level}% interval {Interval(report, c.SequentialLower, c.SequentialUpper, money)}): ship {winner.Name}.",
                "ship");
        }

        if (compared.Count > 0 && compared.All(v => v.VersusControl!.Significant && v.VersusControl.Difference < 0))
        {
            var least = compared.MaxBy(v => v.VersusControl!.Difference)!;
            var c = least.VersusControl!;
            return new($"Every variant does worse than {control}: {least.Name}, the best of them, lowers {MetricName(report)} by {Amount(report, -c.Difference, money)} ({level}% interval {Interval(report, -c.SequentialUpper, -c.SequentialLower, money)}): keep {control}.",
                "warn");
        }

        // No fixed "visitors still needed": the always-valid test has no planned sample size, and a fixed-horizon power
        // figure would contradict the rule above. What the data rule out so far is said instead.
        var exposed = string.Create(CultureInfo.InvariantCulture, $"{report.Exposures:N0}");
        var range = compared.MaxBy(v => v.VersusControl!.Difference) is { } best
            ? $" So far {best.Name} differs from {control} by {Interval(report, best.VersusControl!.SequentialLower, best.VersusControl.SequentialUpper, money)}."
            : "";
        return report.Status == ExperimentStatus.Stopped
            ? new($"No difference was detected among the {exposed} visitors exposed before the experiment stopped.{range}", "wait")
            : new($"No difference detected yet after {exposed} visitors: keep it running; the decision holds whenever you look.{range}", "wait");
    }

    private static string MetricName(ExperimentReport report) => report.Metric == ExperimentMetric.Conversion ? "conversion" : "revenue per visitor";

    /// <summary>Rates in percentage points; revenue in the shop's money.</summary>
    private static string Amount(ExperimentReport report, double difference, Func<decimal, string> money) =>
        report.Metric == ExperimentMetric.Conversion
            ? string.Create(CultureInfo.InvariantCulture, $"{difference * 100:0.0} points")
            : money((decimal)difference);

    private static string Interval(ExperimentReport report, double lower, double upper, Func<decimal, string> money) =>
        report.Metric == ExperimentMetric.Conversion
            ? string.Create(CultureInfo.InvariantCulture, $"{lower * 100:0.0} to {upper * 100:0.0} points")
            : $"{money((decimal)lower)} to {money((decimal)upper)}";

    private static string P(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("F3", CultureInfo.InvariantCulture);
}
