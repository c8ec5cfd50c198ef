using System.Net;
using System.Text.Json;
using Tailor.Data;

namespace Tailor.Server.Tests;

public sealed class HostTests
{
    [Fact]
    public async Task Health_and_readiness_answer()
    {
        await using var server = await RunningServer.StartAsync();

        Assert.Equal("ok", await server.Client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Shop_stats_are_served_as_json_and_an_unknown_shop_is_a_problem_404()
    {
        await using var server = await RunningServer.StartAsync(store =>
        {
            store.EnsureShop(new Shop("default", "Corner shop"));
            using var session = store.BeginImport("default");
            session.UpsertCustomers([new Customer("c1", DateTimeOffset.UnixEpoch, "NL", null, null, Consent.Default)]);
            session.Commit();
        });

        using var stats = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("/api/v1/shops/default/stats", UriKind.Relative)));
        Assert.Equal(1, stats.RootElement.GetProperty("customers").GetInt64());

        var missing = await server.Client.GetAsync(new Uri("/api/v1/shops/nope/stats", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Shop 'nope' does not exist", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_page_tells_an_empty_shop_what_to_import()
    {
        await using var server = await RunningServer.StartAsync();

        var page = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("No data yet", page, StringComparison.Ordinal);
        Assert.Contains("tailor import", page, StringComparison.Ordinal);
    }
}
