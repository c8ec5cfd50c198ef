using System.Collections.Concurrent;
using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Server.Serving;

/// <summary>
/// The newest customer-analytics report of each shop (segment and cluster descriptions, CLV and churn
/// settings), read from the store once per version and checked for a newer one every
/// <see cref="RecommenderCache.RefreshEvery"/>. Per-customer results are not cached: they are read from
/// the store on each request, so erasures and consent changes count at once.
/// </summary>
public sealed class CustomerAnalyticsCache(ITailorStore store, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> _shops = new(StringComparer.Ordinal);

    /// <summary>The shop's newest report, or null when customer analytics never ran.</summary>
    public Current? Get(string shopId)
    {
        var now = clock.GetUtcNow();
        if (_shops.TryGetValue(shopId, out var entry) && entry.CheckedAt + RecommenderCache.RefreshEvery > now)
        {
            return entry.Current;
        }

        var latest = store.ListModels(shopId).Where(m => m.Kind == CustomerAnalytics.ModelKind).MaxBy(m => m.Version);
        var current = entry?.Current;
        if (latest is null)
        {
            current = null;
        }
        else if (current is null || current.Version != latest.Version)
        {
            var stored = store.LoadLatestModel(shopId, CustomerAnalytics.ModelKind)!;
            current = new Current(stored.Version, stored.TrainedAt, CustomerAnalytics.ReadReport(stored.Artefact));
        }

        _shops[shopId] = new Entry(current, now);
        return current;
    }

    /// <summary>Checks for a newer version now instead of at the next refresh: called after a training.</summary>
    public Current? Refresh(string shopId)
    {
        if (_shops.TryGetValue(shopId, out var entry))
        {
            _shops[shopId] = entry with { CheckedAt = DateTimeOffset.MinValue };
        }

        return Get(shopId);
    }

    /// <summary>A loaded version.</summary>
    public sealed record Current(int Version, DateTimeOffset TrainedAt, CustomerAnalyticsReport Report);

    private sealed record Entry(Current? Current, DateTimeOffset CheckedAt);
}
