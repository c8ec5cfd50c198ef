using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Tailor.Data;

namespace Tailor.Server.Security;

/// <summary>
/// A token bucket per key: a key may make its limit of requests a second on average, in bursts of up
/// to one second's worth. A busy shop's script cannot starve the other shops of the same server.
/// </summary>
public sealed class KeyRateLimiter(TailorServerOptions options) : IDisposable
{
    // Keyed by key and limit together, so a key whose limit changes gets a fresh bucket.
    private readonly ConcurrentDictionary<(long KeyId, int Limit), TokenBucketRateLimiter> _buckets = new();

    /// <summary>Takes one request from the key's budget; false when the budget is spent.</summary>
    /// <param name="key">The authenticated key.</param>
    /// <param name="limit">The key's limit in requests a second (0 = unlimited).</param>
    public bool TryAcquire(ApiKey key, out int limit)
    {
        ArgumentNullException.ThrowIfNull(key);
        limit = key.RateLimit ?? options.DefaultRateLimit;
        if (limit == 0)
        {
            return true;
        }

        var bucket = _buckets.GetOrAdd((key.Id, limit), static entry => NewBucket(entry.Limit));
        using var lease = bucket.AttemptAcquire();
        return lease.IsAcquired;
    }

    private static TokenBucketRateLimiter NewBucket(int limit)
    {
        // Refill about ten times a second, in whole tokens, so the average rate is the limit exactly.
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(limit / 10.0));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokensPerPeriod / (double)limit),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}
