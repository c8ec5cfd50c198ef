namespace Tailor.Customers;

/// <summary>
/// How <see cref="TransactionSummary"/> turns transactions into per-customer summaries. Defaults live
/// in <see cref="TransactionSummaryDefaults"/>.
/// </summary>
public sealed record TransactionSummaryOptions
{
    /// <summary>Unit of recency and T in the summaries. Default <see cref="TimeUnit.Day"/>.</summary>
    public TimeUnit Unit { get; init; } = TransactionSummaryDefaults.Unit;

    /// <summary>
    /// Time zone whose calendar days decide which purchases fall on the same day, and how many days lie
    /// between two purchases. Use the shop's own zone so a late-evening order is not split from its
    /// morning one. Default UTC.
    /// </summary>
    public TimeZoneInfo TimeZone { get; init; } = TransactionSummaryDefaults.TimeZone;
}
