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
        await using var server = await RunningServer.StartAsync();

        var page = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("No data yet", page, StringComparison.Ordinal);
        Assert.Contains("tailor import", page, StringComparison.Ordinal);
    }
}
