namespace Tailor.Experiments;

/// <summary>One exposed subject with their outcomes, as the store reads them for a report.</summary>
/// <param name="Subject">Customer or session id.</param>
/// <param name="Variant">Variant name.</param>
/// <param name="ExposedAt">First exposure.</param>
/// <param name="Total">Sum of outcome values in the window (logged values, or order value for the orders source).</param>
/// <param name="Conversions">Outcomes with a positive value in the window (logged outcomes, or orders of positive value).</param>
/// <param name="PrePeriodTotal">Order value in the pre-period before exposure: the CUPED covariate of revenue.</param>
/// <param name="PrePeriodConversions">Orders of positive value in the pre-period: the CUPED covariate of conversion.</param>
public sealed record ExperimentObservation(
    string Subject,
    string Variant,
    DateTimeOffset ExposedAt,
    double Total,
    int Conversions,
    double PrePeriodTotal,
    int PrePeriodConversions);
