namespace Tailor.Reports;

/// <summary>Sales of one period of a trend.</summary>
/// <param name="Start">First day of the period, in the shop's time zone.</param>
/// <param name="Orders">Orders placed in it.</param>
/// <param name="Revenue">What they came to, returns subtracted.</param>
/// <param name="Complete">
/// False for a period the history covers only partly (the week of the first or last sale): its low total is
/// missing days, not a fall in sales, and a chart should not draw it as one.
/// </param>
public sealed record SalesPoint(DateOnly Start, int Orders, decimal Revenue, bool Complete = true);
