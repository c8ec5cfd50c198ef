using System.Net;
using Tailor.Data;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Per-key request budgets: a key over its limit gets 429 with Retry-After; other keys go on.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_key_over_its_own_limit_is_told_to_retry_while_other_keys_are_served()
    {
        string limited = "", unlimited = "";
        await using var server = await RunningServer.StartAsync(store =>
        {
            store.EnsureShop(new Shop("default", "Shop"));
            limited = CreateKey(store, "default", ApiScope.Read, rateLimit: 5);
            unlimited = CreateKey(store, "default", ApiScope.Read);
        });

        var statuses = await BurstAsync(server.With(limited), 40);
        var refused = statuses.Count(s => s == HttpStatusCode.TooManyRequests);
        var other = await BurstAsync(server.With(unlimited), 40);

        // A bucket of 5 refilled at 5 a second cannot serve 40 requests sent at once (slack for a slow machine).
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 5, 30);
        Assert.Equal(40, refused + statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(other, s => Assert.Equal(HttpStatusCode.OK, s));

        using var client = server.With(limited);
        using var tooMany = await FirstRefusalAsync(client);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", tooMany.Headers.GetValues("Retry-After").Single());
        Assert.Contains("5 requests a second", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        using var later = await client.GetAsync(Url("/api/v1/shop"));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_key_without_a_limit_of_its_own_gets_the_servers_default()
    {
        string key = "";
        await using var server = await RunningServer.StartAsync(
            store =>
            {
                store.EnsureShop(new Shop("default", "Shop"));
                key = CreateKey(store, "default", ApiScope.Read, rateLimit: null);
            },
            options => options with { DefaultRateLimit = 3 });

        var statuses = await BurstAsync(server.With(key), 30);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 3, 20);
    }

    private static async Task<HttpStatusCode[]> BurstAsync(HttpClient client, int requests)
    {
        using (client)
        {
            var calls = Enumerable.Range(0, requests).Select(async _ =>
            {
                using var response = await client.GetAsync(Url("/api/v1/shop"));
                return response.StatusCode;
            });
            return await Task.WhenAll(calls);
        }
    }

    private static async Task<HttpResponseMessage> FirstRefusalAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var response = await client.GetAsync(Url("/api/v1/shop"));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            response.Dispose();
        }

        throw new InvalidOperationException("100 requests in a row were all served under a limit of 5 a second.");
    }
}
