namespace Tailor.Reports;

/// <summary>Sales of one period of a trend.</summary>
/// <param name="Start">First day of the period, in the shop's time zone.</param>
/// <param name="Orders">Orders placed in it.</param>
/// <param name="Revenue">What they came to, returns subtracted.</param>
public sealed record SalesPoint(DateOnly Start, int Orders, decimal Revenue);
