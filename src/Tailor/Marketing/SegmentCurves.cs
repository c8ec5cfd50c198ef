namespace Tailor.Marketing;

/// <summary>Response curves of one segment's orders, or why there are none.</summary>
/// <param name="Segment">Segment name, such as "new" or "NL".</param>
/// <param name="MeanDailyOrders">Mean orders a day of the segment over the history.</param>
/// <param name="Model">The segment's curves; null when the segment has too few orders.</param>
/// <param name="Warning">Why the segment has no curves, or null.</param>
public sealed record SegmentCurves(string Segment, double MeanDailyOrders, ResponseCurveModel? Model, string? Warning);
