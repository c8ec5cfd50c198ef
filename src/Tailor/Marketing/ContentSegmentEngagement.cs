namespace Tailor.Marketing;

/// <summary>How one customer segment reads one category's content against the category's share of all content.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Category">Category path.</param>
/// <param name="Readers">Segment members who viewed the category's content in the window.</param>
/// <param name="Views">Their views of it.</param>
/// <param name="ViewShare">Share of the segment's content views that went to the category.</param>
/// <param name="Lift">View share over the category's share of content items: above 1, the segment reads the category more than its supply suggests.</param>
public sealed record ContentSegmentEngagement(string Segment, string Category, int Readers, int Views, double ViewShare, double Lift);
