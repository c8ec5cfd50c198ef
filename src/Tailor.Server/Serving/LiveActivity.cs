using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Tailor.Data;
using Tailor.Recommend;

namespace Tailor.Server.Serving;

/// <summary>
/// Customers' activity kept in memory for scoring, so a recommendation does not re-read a customer's
/// whole history from the store on every request. Events accepted by the API are appended the moment
/// they commit, so the next request sees them; anything written around the API (a CSV import) shows up
/// when the entry expires after <see cref="MaxAge"/>. Writes that change a customer drop the entry.
/// </summary>
public sealed class LiveActivity(ITailorStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    /// <summary>Entries kept at most; beyond it the cache is cleared (simple and bounded, not LRU).</summary>
    public const int Capacity = 100_000;

    /// <summary>
    /// Events appended to one entry before it is dropped and reloaded from the store instead: bounds the
    /// memory and the copying an unusually busy customer can cost.
    /// </summary>
    public const int MaxAppended = 64;

    private readonly ConcurrentDictionary<(string Shop, string Customer), Entry> _entries = new();

    // Weighted histories per activity snapshot: an appended event makes a new snapshot, so a cached
    // history is never stale by more than the decay of the snapshot's lifetime (at most MaxAge).
    private readonly ConditionalWeakTable<CustomerActivity, CachedHistory> _histories = new();

    /// <summary>The customer's activity, from memory when fresh, or null when the shop does not know them.</summary>
    public CustomerActivity? Get(string shopId, string customerId)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue((shopId, customerId), out var entry) && entry.LoadedAt + MaxAge > now)
        {
            return entry.Activity;
        }

        var activity = store.ReadCustomerActivity(shopId, customerId);
        if (activity is not null)
        {
            if (_entries.Count >= Capacity)
            {
                _entries.Clear();
            }

            _entries[(shopId, customerId)] = new Entry(activity, now, 0);
        }

        return activity;
    }

    /// <summary>
    /// The customer's weighted history as the model sees it, built once per activity snapshot and model
    /// rather than on every request (a customer with years of orders costs milliseconds to weigh).
    /// </summary>
    public UserHistory History(CustomerActivity activity, RecommenderBundle bundle, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bundle);
        if (_histories.TryGetValue(activity, out var cached) && ReferenceEquals(cached.Bundle, bundle))
        {
            return cached.History;
        }

        var history = UserHistory.FromActivity(activity, bundle.Items, bundle.Options, now);
        _histories.AddOrUpdate(activity, new CachedHistory(bundle, history));
        return history;
    }

    /// <summary>Adds committed events to the customers already in memory.</summary>
    public void Append(string shopId, IEnumerable<ShopEvent> events)
    {
        foreach (var group in events.Where(e => e.CustomerId is not null).GroupBy(e => e.CustomerId!, StringComparer.Ordinal))
        {
            var key = (shopId, group.Key);
            // A compare-and-swap loop: two requests for one customer must not lose each other's events.
            while (_entries.TryGetValue(key, out var entry))
            {
                var added = group.ToArray();
                if (entry.Appended + added.Length > MaxAppended)
                {
                    _entries.TryRemove(key, out _);
                    break;
                }

                var updated = new Entry(entry.Activity with { Events = [.. entry.Activity.Events, .. added] }, entry.LoadedAt, entry.Appended + added.Length);
                if (_entries.TryUpdate(key, updated, entry))
                {
                    break;
                }
            }
        }
    }

    /// <summary>Forgets a customer (their profile, consent or orders changed, or they were erased).</summary>
    public void Forget(string shopId, string customerId) => _entries.TryRemove((shopId, customerId), out _);

    private sealed record Entry(CustomerActivity Activity, DateTimeOffset LoadedAt, int Appended);

    private sealed record CachedHistory(RecommenderBundle Bundle, UserHistory History);
}
