using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tailor.Server.Tests;

/// <summary>
/// The OpenAPI document is committed (docs/openapi.json) so that API changes show up in reviews; this
/// test fails when the served document drifts from it. Regenerate with TAILOR_UPDATE_OPENAPI=1 dotnet test.
/// </summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_served_openapi_document_matches_the_committed_one()
    {
        await using var server = await RunningServer.StartAsync();
        var document = JsonNode.Parse(await server.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
        document.Remove("servers"); // the test server's random port, not part of the API
        var served = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi.json");

        if (Environment.GetEnvironmentVariable("TAILOR_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), "docs/openapi.json is missing: run TAILOR_UPDATE_OPENAPI=1 dotnet test");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(path)), JsonNode.Parse(served)),
            "The API changed: run TAILOR_UPDATE_OPENAPI=1 dotnet test and commit docs/openapi.json");
        foreach (var route in new[] { "/api/v1/events", "/api/v1/customers/{customerId}/recommendations", "/api/v1/models/train" })
        {
            Assert.Contains(route, served, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Metrics_and_the_reference_page_are_served()
    {
        await using var server = await RunningServer.StartAsync();
        await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        var metrics = await server.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var reference = await server.Client.GetAsync(new Uri("/api/reference", UriKind.Relative));

        Assert.Contains("http_requests_received_total", metrics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("openapi/v1.json", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tailor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tests run inside the repository.");
    }
}
