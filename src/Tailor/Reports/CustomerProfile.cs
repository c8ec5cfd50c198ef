using Tailor.Data;

namespace Tailor.Reports;

/// <summary>One customer at a glance: their totals and their newest orders and events.</summary>
/// <param name="Customer">The customer, with their consent.</param>
/// <param name="Orders">Orders placed.</param>
/// <param name="Revenue">What the orders came to, returns subtracted.</param>
/// <param name="AverageOrderValue">Revenue per order; 0 without orders.</param>
/// <param name="FirstOrderAt">The oldest order, or null.</param>
/// <param name="LastOrderAt">The newest order, or null.</param>
/// <param name="DistinctItems">Different items bought.</param>
/// <param name="EventsByType">How many events of each type, most frequent first.</param>
/// <param name="RecentOrders">The newest orders, newest first.</param>
/// <param name="RecentEvents">The newest events, newest first.</param>
public sealed record CustomerProfile(
    Customer Customer,
    int Orders,
    decimal Revenue,
    decimal AverageOrderValue,
    DateTimeOffset? FirstOrderAt,
    DateTimeOffset? LastOrderAt,
    int DistinctItems,
    IReadOnlyList<KeyValuePair<string, int>> EventsByType,
    IReadOnlyList<Order> RecentOrders,
    IReadOnlyList<ShopEvent> RecentEvents)
{
    /// <summary>Orders and events a profile lists by default: 20 of each.</summary>
    public const int DefaultRecent = 20;

    /// <summary>Sums a customer's activity; <paramref name="recent"/> bounds the orders and events listed.</summary>
    public static CustomerProfile From(CustomerActivity activity, int recent = DefaultRecent)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentOutOfRangeException.ThrowIfNegative(recent);
        var revenue = activity.Orders.Sum(o => o.Lines.Sum(l => l.Quantity * l.UnitPrice));
        var count = activity.Orders.Count;
        var bought = activity.Orders.SelectMany(o => o.Lines).GroupBy(l => l.ItemId, StringComparer.Ordinal)
            .Count(g => g.Sum(l => l.Quantity) > 0);
        var byType = activity.Events.GroupBy(e => e.Type, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        return new CustomerProfile(
            activity.Customer,
            count,
            revenue,
            count == 0 ? 0 : Math.Round(revenue / count, 2),
            count == 0 ? null : activity.Orders.Min(o => o.Timestamp),
            count == 0 ? null : activity.Orders.Max(o => o.Timestamp),
            bought,
            byType,
            activity.Orders.OrderByDescending(o => o.Timestamp).Take(recent).ToList(),
            activity.Events.OrderByDescending(e => e.Timestamp).Take(recent).ToList());
    }
}
