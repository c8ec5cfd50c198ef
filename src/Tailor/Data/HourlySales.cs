namespace Tailor.Data;

/// <summary>Sales of one clock hour (UTC), the grain from which trends in any time zone are built.</summary>
/// <param name="Hour">Start of the hour, UTC.</param>
/// <param name="Orders">Orders placed in the hour.</param>
/// <param name="Revenue">Sum of their lines' quantity x unit price, cancellations subtracted.</param>
public sealed record HourlySales(DateTimeOffset Hour, int Orders, decimal Revenue);
