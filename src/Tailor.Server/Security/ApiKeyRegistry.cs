using System.Collections.Concurrent;
using Tailor.Data;

namespace Tailor.Server.Security;

/// <summary>
/// Resolves API keys to their shop and scopes. Lookups are cached briefly so a busy endpoint does not
/// hash-and-query on every request; a revoked key stops working within <see cref="CacheFor"/>.
/// </summary>
public sealed class ApiKeyRegistry(ITailorStore store, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public ApiKey? Find(string presentedKey)
    {
        var hash = ApiKey.Hash(presentedKey);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(hash, out var cached) && cached.Until > now)
        {
            return cached.Key;
        }

        var key = store.FindApiKey(hash);
        _cache[hash] = (key, now + CacheFor);
        return key;
    }
}
