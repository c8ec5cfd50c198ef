using System.Collections.Concurrent;
using System.Globalization;
using Tailor.Data;
using Tailor.Marketing;

namespace Tailor.Server.Serving;

/// <summary>
/// Fitted response curves per shop and request, so a second call does not wait for the bootstrap
/// again. An entry is refitted as soon as the shop's orders or spend change (row counts, revenue or
/// last order differ) or its stored lift tests do, and concurrent callers of one entry share a single fit.
/// </summary>
public sealed class ResponseCurveCache(ITailorStore store)
{
    // Enough for a few shops and variants; beyond it the cache starts afresh rather than grow.
    private const int MaxEntries = 64;

    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(StringComparer.Ordinal);

    /// <summary>The shop's curves for the request, fitted now when the data changed since the last fit.</summary>
    /// <remarks>
    /// The fit is shared by every caller waiting on it, so one caller going away does not cancel it;
    /// it takes seconds, not minutes.
    /// </remarks>
    /// <exception cref="ArgumentException">The shop's data cannot be fitted (no spend, too short a history...).</exception>
    public ResponseCurveModel Get(string shopId, ShopCurveRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stats = store.GetStats(shopId);
        var data = string.Create(CultureInfo.InvariantCulture, $"{stats.Orders}|{stats.SpendRows}|{stats.Revenue}|{stats.LastOrderAt?.UtcTicks}");
        var key = string.Join('|', shopId, request.Outcome, request.RetailCalendar, request.Fit,
            request.Events is null ? "" : string.Join(',', request.Events.OrderBy(e => e.Key).Select(e => $"{e.Key:yyyy-MM-dd}={e.Value}")),
            Key(request.LiftTests), request.StoredLiftTests ? Key(store.ReadLiftTests(shopId)) : "-");
        if (_entries.Count > MaxEntries)
        {
            _entries.Clear();
        }

        var lazy = _entries.GetOrAdd(key, _ => NewEntry(shopId, request, data));
        Entry entry;
        try
        {
            entry = lazy.Value;
        }
        catch (Exception)
        {
            // A failed fit must not stick: the data may be fixed by the next import.
            _entries.TryRemove(new KeyValuePair<string, Lazy<Entry>>(key, lazy));
            throw;
        }

        if (entry.Data == data)
        {
            return entry.Model;
        }

        _entries.TryRemove(new KeyValuePair<string, Lazy<Entry>>(key, lazy));
        return Get(shopId, request);
    }

    /// <summary>
    /// Lift tests as part of a cache key: stored tests are part of every key, so saving or deleting one
    /// refits; they are few and cheap to read.
    /// </summary>
    public static string Key(IReadOnlyList<LiftTest>? tests) => tests is null ? "" : string.Join(',', tests.Select(t => string.Create(
        CultureInfo.InvariantCulture, $"{t.Channel}:{t.Start:yyyy-MM-dd}:{t.End:yyyy-MM-dd}:{t.Incremental:R}:{t.StandardError:R}:{t.Outcome}")));

    private Lazy<Entry> NewEntry(string shopId, ShopCurveRequest request, string data) =>
        new(() => new Entry(data, ShopResponseCurves.Fit(store, shopId, request)), LazyThreadSafetyMode.ExecutionAndPublication);

    private sealed record Entry(string Data, ResponseCurveModel Model);
}
