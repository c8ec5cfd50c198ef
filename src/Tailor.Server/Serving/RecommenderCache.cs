using System.Collections.Concurrent;
using Tailor.Data;
using Tailor.Recommend;

namespace Tailor.Server.Serving;

/// <summary>
/// The current recommendation service of each shop. A newer model version, once stored, is picked up
/// within <see cref="RefreshEvery"/> and swapped in atomically (one reference write); requests in flight
/// finish on the version they started with. The catalogue (stock, availability) refreshes on the same clock.
/// </summary>
public sealed class RecommenderCache(ITailorStore store, TimeProvider clock)
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _shops = new(StringComparer.Ordinal);

    /// <summary>The shop's service, or null when it has no trained recommender.</summary>
    public Current? Get(string shopId)
    {
        var now = clock.GetUtcNow();
        if (_shops.TryGetValue(shopId, out var entry) && entry.CheckedAt + RefreshEvery > now)
        {
            return entry.Current;
        }

        lock (_shops)
        {
            if (_shops.TryGetValue(shopId, out entry) && entry.CheckedAt + RefreshEvery > now)
            {
                return entry.Current;
            }

            var latest = store.ListModels(shopId).FirstOrDefault(m => m.Kind == RecommenderBundle.ModelKind);
            Current? current = entry?.Current;
            if (latest is null)
            {
                current = null;
            }
            else if (current is null || current.Version != latest.Version)
            {
                var stored = store.LoadLatestModel(shopId, RecommenderBundle.ModelKind)!;
                var bundle = RecommenderBundle.FromBytes(stored.Artefact);
                current = new Current(stored.Version, stored.TrainedAt,
                    new RecommendationService(bundle, new Catalogue(bundle.Items, store.ReadItems(shopId))));
            }
            else
            {
                current = current with
                {
                    Service = new RecommendationService(current.Service.Bundle, new Catalogue(current.Service.Bundle.Items, store.ReadItems(shopId))),
                };
            }

            _shops[shopId] = new Entry(current, now);
            return current;
        }
    }

    /// <summary>
    /// Checks for a newer version now instead of at the next <see cref="RefreshEvery"/>: called after a training,
    /// so the new model is loaded then and no request waits for it.
    /// </summary>
    public Current? Refresh(string shopId)
    {
        lock (_shops)
        {
            if (_shops.TryGetValue(shopId, out var entry))
            {
                _shops[shopId] = entry with { CheckedAt = DateTimeOffset.MinValue };
            }
        }

        return Get(shopId);
    }

    /// <summary>A loaded model version.</summary>
    public sealed record Current(int Version, DateTimeOffset TrainedAt, RecommendationService Service);

    private sealed record Entry(Current? Current, DateTimeOffset CheckedAt);
}
