using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Items, orders and models over the real server, including a model swap under traffic.</summary>
public sealed class CatalogueAndModelsApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private string _admin = "";

    public async Task InitializeAsync()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 150, Items = 40, Days = 120, Seed = 13 });
        _server = await RunningServer.StartAsync(store =>
        {
            ApiClient.SeedTrainedShop(store, shop);
            _admin = ApiClient.CreateKey(store, "default", ApiScope.Admin);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Items_are_written_read_and_retired()
    {
        var admin = _server.With(_admin);

        var put = await admin.PutAsync(Url("/api/v1/items/NEW-1"), JsonBody("""{"title":"Linen apron","category":"Kitchen","price":24.5,"tags":["linen"]}"""));
        var read = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/items/NEW-1"));
        var bad = await admin.PutAsync(Url("/api/v1/items/NEW-2"), JsonBody("""{"kind":"service","price":-1}"""));
        var deleted = await admin.DeleteAsync(Url("/api/v1/items/NEW-1"));
        var after = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/items/NEW-1"));
        var missing = await admin.DeleteAsync(Url("/api/v1/items/NOPE"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(24.5m, read.GetProperty("price").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["title", "kind", "price"], fields);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(after.GetProperty("available").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Orders_are_recorded_and_bad_lines_named()
    {
        var admin = _server.With(_admin);
        var before = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/shop"));

        var good = await admin.PostAsync(Url("/api/v1/orders"), JsonBody("""{"orderId":"API-1","customerId":"C00001","lines":[{"itemId":"I0001","quantity":2,"unitPrice":5}]}"""));
        var bad = await admin.PostAsync(Url("/api/v1/orders"), JsonBody("""{"orderId":"API-2","lines":[{"itemId":"I0001","quantity":0,"unitPrice":5}]}"""));
        var after = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/shop"));

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("[0] lines", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.GetProperty("stats").GetProperty("orders").GetInt32() + 1, after.GetProperty("stats").GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task Training_in_the_background_swaps_the_model_while_requests_keep_being_answered()
    {
        var admin = _server.With(_admin);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var versions = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var stop = new CancellationTokenSource();
        var traffic = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            using var client = _server.With(_admin);
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync(Url("/api/v1/customers/C00003/recommendations?n=5"));
                statuses.Add(response.StatusCode);
                if (response.IsSuccessStatusCode)
                {
                    versions.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("modelVersion").GetInt32());
                }
            }
        })).ToArray();

        var accepted = await admin.PostAsync(Url("/api/v1/models/train"), null);
        var job = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var location = accepted.Headers.Location!;
        JsonElement state = job;
        for (var i = 0; i < 120 && state.GetProperty("status").GetString() is "queued" or "running"; i++)
        {
            await Task.Delay(250);
            state = await admin.GetFromJsonAsync<JsonElement>(location);
        }

        // The cache looks for new versions every few seconds; give it time to swap.
        for (var i = 0; i < 40 && !versions.Contains(2); i++)
        {
            await Task.Delay(250);
        }

        await stop.CancelAsync();
        await Task.WhenAll(traffic);
        var models = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/models"));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("succeeded", state.GetProperty("status").GetString());
        Assert.Equal(2, state.GetProperty("modelVersion").GetInt32());
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains(1, versions);
        Assert.Contains(2, versions);
        // The newest recommender is version 2; the same job trained the first customer-analytics version after it.
        var listed = models.EnumerateArray().Select(m => (Kind: m.GetProperty("kind").GetString(), Version: m.GetProperty("version").GetInt32())).ToList();
        Assert.Equal(2, listed.First(m => m.Kind == "recommender").Version);
        Assert.Equal(("customers", 1), listed[0]);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync(Url("/readyz"))).StatusCode);
    }
}
