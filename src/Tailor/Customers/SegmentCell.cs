namespace Tailor.Customers;

/// <summary>
/// The customers of the newest customer analytics who share RFM scores, segments and behavioural cluster,
/// with what they have spent: the building block of segment sizes and revenue.
/// </summary>
/// <param name="R">Recency score, 1 to 5.</param>
/// <param name="F">Frequency score, 1 to 5.</param>
/// <param name="M">Monetary score, 1 to 5.</param>
/// <param name="Rfm11">Segment in the 11-segment preset.</param>
/// <param name="Rf10">Segment in the 10-segment R/F preset.</param>
/// <param name="Cluster">Behavioural cluster, or null when the shop was too small to cluster.</param>
/// <param name="Customers">Customers with these values now (erased ones and withdrawn analytics consent excluded).</param>
/// <param name="Revenue">What they have spent over all their orders.</param>
public sealed record SegmentCell(int R, int F, int M, string Rfm11, string Rf10, int? Cluster, int Customers, decimal Revenue);
