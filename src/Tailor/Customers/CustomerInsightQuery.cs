namespace Tailor.Customers;

/// <summary>Which customers of a segment to read, a page at a time.</summary>
/// <param name="Preset">The preset the segment belongs to.</param>
/// <param name="Segment">The segment's name (a cluster's number for <see cref="SegmentPreset.Clusters"/>).</param>
/// <param name="Offset">Customers to skip, in customer-id order; at least 0.</param>
/// <param name="Limit">Most customers to return; at least 1.</param>
/// <param name="EmailMarketingOnly">Only customers who consented to marketing email (for exports to email tools).</param>
public sealed record CustomerInsightQuery(SegmentPreset Preset, string Segment, int Offset, int Limit, bool EmailMarketingOnly);
