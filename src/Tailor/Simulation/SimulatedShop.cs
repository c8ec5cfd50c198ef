using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>
/// A generated shop: the data a real shop would export, plus the truth behind it. Orders, events
/// and sends are sorted by time; all timestamps are UTC.
/// </summary>
/// <param name="Shop">The shop.</param>
/// <param name="Customers">Customers in order of creation (ids C00001, C00002, ...).</param>
/// <param name="Items">Products and content (ids I0001, ...).</param>
/// <param name="Orders">
/// Orders by time (ids O000001, ...); a later cancellation of order X is order "XC" with negative
/// lines. Store walk-ins have no customer.
/// </param>
/// <param name="Events">Web, store and email events by time, each with a unique idempotency key.</param>
/// <param name="Spend">Paid marketing spend by date and channel; days without spend have no row.</param>
/// <param name="CampaignSends">Email sends by time (campaign ids CMP0001, ...).</param>
/// <param name="Truth">The latent parameters behind the data.</param>
public sealed record SimulatedShop(
    Shop Shop,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Item> Items,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<ShopEvent> Events,
    IReadOnlyList<Spend> Spend,
    IReadOnlyList<CampaignSend> CampaignSends,
    SimulationGroundTruth Truth)
{
    /// <summary>The data alone, as a store loads it.</summary>
    public ShopData Data => new(Customers, Items, Orders, Events, Spend, CampaignSends);
}
