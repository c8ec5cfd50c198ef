namespace Tailor.Operations;

/// <summary>Knobs of <see cref="DemandHistory.Build"/>.</summary>
public sealed record DemandHistoryOptions
{
    /// <summary>The shop's time zone: days and hours of the week are local. Default UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Last day of the history (inclusive, local); orders after it are ignored. Default null: the day of
    /// the last order.
    /// </summary>
    public DateOnly? End { get; init; }
}
