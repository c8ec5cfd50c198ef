namespace Tailor.Data;

/// <summary>What a shop holds.</summary>
public sealed record ShopStats(
    string ShopId,
    long Customers,
    long Items,
    long Orders,
    long OrderLines,
    long Events,
    long SpendRows,
    long Campaigns,
    long CampaignSends,
    decimal Revenue,
    DateTimeOffset? FirstOrderAt,
    DateTimeOffset? LastOrderAt);
