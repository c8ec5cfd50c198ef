using System.Net;

namespace Tailor.Server.Tests;

public sealed class HostTests
{
    [Fact]
    public async Task Health_and_readiness_answer()
    {
        await using var server = await RunningServer.StartAsync();

        Assert.Equal("ok", await server.Client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        // An empty store answers but has no model: not ready for traffic yet.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_overview_page_tells_an_empty_shop_what_to_import()
    {
        var key = "";
        await using var server = await RunningServer.StartAsync(store =>
        {
            store.EnsureShop(new Tailor.Data.Shop("default", "New shop"));
            key = ApiClient.CreateKey(store, "default", Tailor.Data.ApiScope.Admin);
        });
        var (session, _) = await DashboardSession.SignInAsync(server, key);
        using var signedIn = session;

        var page = await signedIn.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("No data yet", page, StringComparison.Ordinal);
        Assert.Contains("tailor import", page, StringComparison.Ordinal);
    }
}
