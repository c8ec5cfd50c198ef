namespace Tailor.Reports;

/// <summary>One cell of the recency-by-frequency grid.</summary>
/// <param name="R">Recency score, 1 to 5; 5 is most recent.</param>
/// <param name="F">Frequency score, 1 to 5; 5 is most frequent.</param>
/// <param name="Segment">The cell's segment in the 10-segment R/F preset (its boxes tile the grid).</param>
/// <param name="Totals">Customers in the cell and their revenue.</param>
public sealed record RfmGridCell(int R, int F, string Segment, SegmentTotals Totals);
