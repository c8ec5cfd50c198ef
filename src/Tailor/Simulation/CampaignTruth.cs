namespace Tailor.Simulation;

/// <summary>How one email campaign was set up.</summary>
/// <param name="CampaignId">External id, as in <see cref="SimulatedShop.CampaignSends"/>.</param>
/// <param name="Date">Day it was sent.</param>
/// <param name="Segment">Segment targeted: all, active, lapsed or new.</param>
/// <param name="Category">Category whose products it featured; customers who favour it click more.</param>
/// <param name="SendHour">UTC hour all copies were sent at, or null when the hour was randomised per customer.</param>
/// <param name="FeaturedItems">Items linked from the email; a click lands on one of them.</param>
/// <param name="Variants">The variants and their true open rates.</param>
public sealed record CampaignTruth(
    string CampaignId,
    DateOnly Date,
    string Segment,
    string Category,
    int? SendHour,
    IReadOnlyList<string> FeaturedItems,
    IReadOnlyList<VariantTruth> Variants);
