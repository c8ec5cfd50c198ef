using Tailor.Data;

namespace Tailor.Operations;

/// <summary>A shop's catalogue and its sales as demand series, read from the store in the shop's time zone.</summary>
/// <param name="Shop">The shop.</param>
/// <param name="History">Daily and hourly series of its orders.</param>
/// <param name="Items">Its catalogue.</param>
public sealed record ShopDemand(Shop Shop, DemandHistory History, IReadOnlyList<Item> Items)
{
    /// <summary>
    /// Reads the shop's items and orders. Throws an <see cref="ArgumentException"/> when the shop does not
    /// exist or its time zone is unknown to this machine.
    /// </summary>
    public static ShopDemand Read(ITailorStore store, string shopId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        Shop shop = store.FindShop(shopId) ?? throw new ArgumentException($"Shop '{shopId}' does not exist.", nameof(shopId));
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(shop.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ArgumentException($"Shop '{shopId}' has the time zone '{shop.TimeZone}', which this machine does not know.", nameof(shopId));
        }

        List<Item> items = [.. store.ReadItems(shopId, cancellationToken)];
        DemandHistory history = DemandHistory.Build(store.ReadOrders(shopId, cancellationToken), items, new DemandHistoryOptions { TimeZone = zone }, cancellationToken);
        return new ShopDemand(shop, history, items);
    }
}
