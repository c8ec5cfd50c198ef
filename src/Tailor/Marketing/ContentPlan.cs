namespace Tailor.Marketing;

/// <summary>Where new content pays most: per category and per segment, engagement against the content available.</summary>
/// <param name="WindowStart">Start of the measured window.</param>
/// <param name="WindowEnd">End of the window (the latest event).</param>
/// <param name="ContentItems">Content items available at the end.</param>
/// <param name="ContentViews">Views of content in the window.</param>
/// <param name="Opportunities">One row per category with content or product interest, best opportunity first.</param>
/// <param name="Segments">Engagement per segment and category, the strongest lift first within each segment.</param>
/// <param name="Summary">The recommendation in words.</param>
public sealed record ContentPlan(
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    int ContentItems,
    int ContentViews,
    IReadOnlyList<ContentOpportunity> Opportunities,
    IReadOnlyList<ContentSegmentEngagement> Segments,
    string Summary);
