namespace Tailor.Data;

/// <summary>Everything a shop holds, as records: what the simulator makes and a loader writes.</summary>
public sealed record ShopData(
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Item> Items,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<ShopEvent> Events,
    IReadOnlyList<Spend> Spend,
    IReadOnlyList<CampaignSend> CampaignSends);
