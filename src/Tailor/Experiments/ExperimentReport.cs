namespace Tailor.Experiments;

/// <summary>Everything an experiment's data say, per variant, with the checks that decide whether to trust it.</summary>
/// <param name="Key">Experiment key.</param>
/// <param name="Metric">Conversion or revenue.</param>
/// <param name="Source">Logged outcomes or orders.</param>
/// <param name="Bandit">Whether weights shift by Thompson sampling.</param>
/// <param name="Status">Running or stopped.</param>
/// <param name="Winner">Variant chosen at stop, if any.</param>
/// <param name="Confidence">Confidence level of the intervals; alpha = 1 - Confidence.</param>
/// <param name="Correction">Multiple-comparison correction across treatments.</param>
/// <param name="GeneratedAt">Outcomes up to this moment count.</param>
/// <param name="Exposures">Subjects exposed in all variants.</param>
/// <param name="Variants">Per variant, the control first.</param>
/// <param name="Srm">Sample-ratio-mismatch check.</param>
/// <param name="Cuped">Variance reduction by the pre-period covariate.</param>
/// <param name="BayesianMethod">"exact" or "monte-carlo" for P(best) and expected loss; null when not computed.</param>
/// <param name="Verdict">Plain-language reading, such as "B beats A by 4.1% (95% CI 1.2% to 7.0%); sequential p = 0.003".</param>
public sealed record ExperimentReport(
    string Key,
    ExperimentMetric Metric,
    OutcomeSource Source,
    bool Bandit,
    ExperimentStatus Status,
    string? Winner,
    double Confidence,
    PValueCorrection Correction,
    DateTimeOffset GeneratedAt,
    long Exposures,
    IReadOnlyList<VariantReport> Variants,
    SampleRatioCheck Srm,
    CupedSummary Cuped,
    string? BayesianMethod,
    string Verdict);
