namespace Tailor.Marketing;

/// <summary>A segment whose prior customers without history start from.</summary>
/// <param name="Name">Segment name.</param>
/// <param name="Customers">Customers in it.</param>
/// <param name="Sends">Sends to them.</param>
/// <param name="BestHour">Local hour with the highest prior rate.</param>
/// <param name="BestRate">The prior rate at that hour.</param>
/// <param name="UsesGlobalPrior">True when the segment had too few sends and falls back to the global prior.</param>
public sealed record SendTimeSegment(string Name, int Customers, long Sends, int BestHour, double BestRate, bool UsesGlobalPrior);
