namespace Tailor.Data;

/// <summary>Reads a whole shop into memory, for training.</summary>
public static class StoreReading
{
    public static ShopData ReadShopData(this ITailorStore store, string shopId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new ShopData(
            store.ReadCustomers(shopId, cancellationToken).ToList(),
            store.ReadItems(shopId, cancellationToken).ToList(),
            store.ReadOrders(shopId, cancellationToken).ToList(),
            store.ReadEvents(shopId, cancellationToken).ToList(),
            store.ReadSpend(shopId, cancellationToken).ToList(),
            store.ReadCampaignSends(shopId, cancellationToken).ToList());
    }
}
