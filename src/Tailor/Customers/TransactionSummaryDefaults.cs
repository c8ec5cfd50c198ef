namespace Tailor.Customers;

/// <summary>Defaults of <see cref="TransactionSummaryOptions"/>.</summary>
public static class TransactionSummaryDefaults
{
    /// <summary>Default unit of recency and T: days.</summary>
    public const TimeUnit Unit = TimeUnit.Day;

    /// <summary>Default time zone for calendar days: UTC.</summary>
    public static TimeZoneInfo TimeZone => TimeZoneInfo.Utc;
}
