namespace Tailor.Experiments;

/// <summary>
/// CUPED (Deng, Xu, Kohavi and Walker 2013): the metric minus theta times the pre-period covariate's
/// deviation from its mean, with theta = cov(metric, covariate) / var(covariate) pooled over variants.
/// Randomisation makes the covariate independent of the variant, so the adjusted difference is unbiased
/// and its variance shrinks by the squared correlation.
/// </summary>
/// <param name="Applied">Whether the report's comparisons use adjusted means.</param>
/// <param name="Theta">cov / var; null when not applied.</param>
/// <param name="VarianceReduction">1 - adjusted variance / raw variance (the squared correlation); null when there is no covariate to measure.</param>
/// <param name="PrePeriodDays">Days before exposure the covariate covers.</param>
/// <param name="Reason">Why it was not applied, when it was not.</param>
public sealed record CupedSummary(bool Applied, double? Theta, double? VarianceReduction, int PrePeriodDays, string? Reason);
