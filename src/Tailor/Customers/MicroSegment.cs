namespace Tailor.Customers;

/// <summary>Customers of one RFM segment whose top category is the same.</summary>
/// <param name="Segment">RFM segment name.</param>
/// <param name="Category">Top category by spend, or null for customers whose items have no category.</param>
/// <param name="Size">Number of customers.</param>
public sealed record MicroSegment(string Segment, string? Category, int Size);
