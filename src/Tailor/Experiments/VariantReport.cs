namespace Tailor.Experiments;

/// <summary>One variant of a report.</summary>
/// <param name="Name">Variant name.</param>
/// <param name="Weight">Current traffic weight (share, summing to 1 over variants).</param>
/// <param name="Exposures">Subjects exposed.</param>
/// <param name="Conversions">Exposed subjects with a positive outcome (buyers, for revenue).</param>
/// <param name="Rate">Conversions / exposures.</param>
/// <param name="Total">Sum of the metric: conversions, or revenue.</param>
/// <param name="Mean">Metric per exposed subject: the rate for conversion, revenue per subject for revenue.</param>
/// <param name="StandardDeviation">Sample standard deviation of the metric per subject.</param>
/// <param name="AdjustedMean">CUPED-adjusted mean; null when CUPED is not applied.</param>
/// <param name="ProbabilityBest">Posterior probability that this variant is best; null without enough data.</param>
/// <param name="ExpectedLoss">Expected loss of choosing this variant, in metric units; null without enough data.</param>
/// <param name="VersusControl">The comparison with the control; null for the control itself or without 2 exposures in each.</param>
public sealed record VariantReport(
    string Name,
    double Weight,
    long Exposures,
    long Conversions,
    double Rate,
    double Total,
    double Mean,
    double StandardDeviation,
    double? AdjustedMean,
    double? ProbabilityBest,
    double? ExpectedLoss,
    VariantComparison? VersusControl);
