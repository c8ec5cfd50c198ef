using System.Collections.Concurrent;
using Tailor.Data;
using Tailor.Reports;

namespace Tailor.Server.Dashboard;

/// <summary>
/// The overview's sales trend and top products, which read every order, kept per shop until its orders
/// change. The page reads the shop's counts anyway (<see cref="ShopStats"/>); when the orders, lines,
/// revenue and newest order are as before, the sales are too, so the summary is reused. An edit that
/// keeps all four the same (moving a line to another item at the same price) shows after <see cref="MaxAge"/>.
/// </summary>
public sealed class SalesSummaryCache(ITailorStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Top products cover this many days up to the newest order.</summary>
    public const int TopDays = 90;

    private readonly ConcurrentDictionary<string, Entry> _shops = new(StringComparer.Ordinal);

    /// <summary>The shop's trend, its top 10 products and the day they are counted from; null when it has no orders.</summary>
    public Summary? Get(ShopStats stats, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(zone);
        if (stats.LastOrderAt is not { } last)
        {
            return null;
        }

        var key = (stats.Orders, stats.OrderLines, stats.Revenue, last, zone.Id);
        var now = clock.GetUtcNow();
        if (_shops.TryGetValue(stats.ShopId, out var entry) && entry.Key == key && entry.At + MaxAge > now)
        {
            return entry.Summary;
        }

        var since = last.AddDays(-TopDays);
        var summary = new Summary(SalesTrend.Build(store.ReadHourlySales(stats.ShopId), zone), store.ReadTopItems(stats.ShopId, since, 10), since);
        _shops[stats.ShopId] = new Entry(key, now, summary);
        return summary;
    }

    /// <summary>What the overview shows of sales.</summary>
    public sealed record Summary(SalesTrend Trend, IReadOnlyList<ItemSales> Top, DateTimeOffset TopSince);

    private sealed record Entry((long, long, decimal, DateTimeOffset, string) Key, DateTimeOffset At, Summary Summary);
}
