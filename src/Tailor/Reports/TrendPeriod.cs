namespace Tailor.Reports;

/// <summary>The length of one point of a trend.</summary>
public enum TrendPeriod
{
    /// <summary>A calendar day in the shop's time zone.</summary>
    Day,

    /// <summary>A week from Monday (ISO 8601).</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,
}
