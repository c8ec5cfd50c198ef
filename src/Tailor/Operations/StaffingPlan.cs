namespace Tailor.Operations;

/// <summary>Workload and staff per hour and per day for the days after the history.</summary>
/// <param name="Start">First day planned.</param>
/// <param name="Model">The model of the daily orders forecast.</param>
/// <param name="Hours">Every hour planned, in order.</param>
/// <param name="Days">Every day planned, in order.</param>
public sealed record StaffingPlan(DateOnly Start, string Model, IReadOnlyList<StaffingHour> Hours, IReadOnlyList<StaffingDay> Days);
