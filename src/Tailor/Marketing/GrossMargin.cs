using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>The shop's gross margin on what it sold, from item costs: what a unit of incremental revenue is worth.</summary>
public static class GrossMargin
{
    /// <summary>
    /// Revenue-weighted margin, (price - cost) / price summed over the sold lines whose item has a
    /// cost; null when no sold item has one.
    /// </summary>
    /// <param name="orders">Orders; cancellation lines (negative quantities) are left out.</param>
    /// <param name="items">The catalogue with unit costs.</param>
    public static double? FromOrders(IEnumerable<Order> orders, IEnumerable<Item> items)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(items);
        var cost = items.Where(i => i.Cost is not null).ToDictionary(i => i.ExternalId, i => i.Cost!.Value, StringComparer.Ordinal);
        decimal revenue = 0, margin = 0;
        foreach (var line in orders.SelectMany(o => o.Lines))
        {
            if (line.Quantity > 0 && line.UnitPrice > 0 && cost.TryGetValue(line.ItemId, out var unitCost))
            {
                revenue += line.Quantity * line.UnitPrice;
                margin += line.Quantity * (line.UnitPrice - unitCost);
            }
        }

        return revenue > 0 ? (double)(margin / revenue) : null;
    }
}
