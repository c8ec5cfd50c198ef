using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>The API over the real server: keys and scopes, shop isolation, ingestion, real-time recommendations.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private static readonly SimulatedShop Simulated = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 200, Items = 60, Days = 200, Seed = 5 });

    private RunningServer _server = null!;
    private string _read = "";
    private string _ingest = "";
    private string _otherShopAdmin = "";

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(store =>
        {
            ApiClient.SeedTrainedShop(store, Simulated);
            store.EnsureShop(new Shop("other", "Another shop"));
            _read = ApiClient.CreateKey(store, "default", ApiScope.Read);
            _ingest = ApiClient.CreateKey(store, "default", ApiScope.Ingest);
            _otherShopAdmin = ApiClient.CreateKey(store, "other", ApiScope.Admin);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Requests_without_a_valid_key_or_scope_are_refused()
    {
        var none = await _server.Client.GetAsync(Url("/api/v1/shop"));
        var wrong = await _server.With("tlr_not-a-key").GetAsync(Url("/api/v1/shop"));
        var ingestReading = await _server.With(_ingest).GetAsync(Url("/api/v1/customers/C00001/recommendations"));
        var readIngesting = await _server.With(_read).PostAsync(Url("/api/v1/events"), JsonBody("""{"type":"view","customerId":"C00001"}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingestReading.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readIngesting.StatusCode);
    }

    [Fact]
    public async Task A_key_sees_only_its_own_shop()
    {
        using var own = await JsonDocument.ParseAsync(await _server.With(_read).GetStreamAsync(Url("/api/v1/shop")));
        using var other = await JsonDocument.ParseAsync(await _server.With(_otherShopAdmin).GetStreamAsync(Url("/api/v1/shop")));
        var foreignCustomer = await _server.With(_otherShopAdmin).GetAsync(Url("/api/v1/customers/C00001/recommendations"));
        var posted = await _server.With(_otherShopAdmin).PostAsync(Url("/api/v1/events"), JsonBody("""{"type":"view","customerId":"C00001","itemId":"I0001"}"""));

        Assert.Equal(Simulated.Customers.Count, own.RootElement.GetProperty("stats").GetProperty("customers").GetInt32());
        Assert.Equal("other", other.RootElement.GetProperty("shop").GetProperty("id").GetString());
        Assert.Equal(0, other.RootElement.GetProperty("stats").GetProperty("orders").GetInt32());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, foreignCustomer.StatusCode); // shop "other" has no model, and never sees shop default's
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var store = Tailor.Data.Sqlite.SqliteStore.Open(_server.DbPath);
        Assert.Single(store.ReadEvents("other"));
        Assert.Equal(Simulated.Events.Count, store.GetStats("default").Events);
    }

    [Fact]
    public async Task A_batch_keeps_good_events_reports_bad_ones_and_ignores_repeats()
    {
        const string batch = """
            [
              {"type":"view","customerId":"C00002","itemId":"I0003","timestamp":"2024-07-01T10:00:00Z","idempotencyKey":"k-1"},
              {"customerId":"C00002","itemId":"I0004"},
              {"type":"click","sessionId":"s-77","itemId":"I0004","timestamp":"2024-07-01T10:00:05Z"},
              "not an event"
            ]
            """;
        var client = _server.With(_ingest);

        var first = await client.PostAsync(Url("/api/v1/events"), JsonBody(batch));
        using var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var again = await client.PostAsync(Url("/api/v1/events"), JsonBody(batch));
        using var againBody = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        var invalid = await client.PostAsync(Url("/api/v1/events"), JsonBody("{\"type\": "));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, firstBody.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(2, firstBody.RootElement.GetProperty("inserted").GetInt32());
        var errors = firstBody.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal((1, "type"), (errors[0].GetProperty("index").GetInt32(), errors[0].GetProperty("field").GetString()));
        Assert.Equal(3, errors[1].GetProperty("index").GetInt32());
        Assert.Equal(0, againBody.RootElement.GetProperty("inserted").GetInt32());
        Assert.Equal(2, againBody.RootElement.GetProperty("duplicates").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_view_moves_the_next_recommendations_without_retraining()
    {
        var customer = Simulated.Customers.First(c => c.Consent.Personalization && Simulated.Orders.Any(o => o.CustomerId == c.ExternalId)).ExternalId;
        var reader = _server.With(_read);
        var before = await reader.GetFromJsonAsync<JsonElement>(Url($"/api/v1/customers/{customer}/recommendations?n=5"));
        var target = before.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetString()).ToHashSet();
        var viewed = Simulated.Items.First(i => i.Kind == ItemKind.Product && !target.Contains(i.ExternalId)).ExternalId;

        var views = string.Join(",", Enumerable.Range(0, 5).Select(n => $$"""{"type":"add_to_cart","customerId":"{{customer}}","itemId":"{{viewed}}","idempotencyKey":"rt-{{n}}"}"""));
        var posted = await _server.With(_ingest).PostAsync(Url("/api/v1/events"), JsonBody($"[{views}]"));
        var after = await reader.GetFromJsonAsync<JsonElement>(Url($"/api/v1/customers/{customer}/recommendations?n=5"));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var reasons = after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("relatedItemId").GetString()).ToList();
        Assert.Contains(viewed, reasons);
        Assert.True(after.GetProperty("personalized").GetBoolean());
    }

    [Fact]
    public async Task Unknown_ids_and_bad_parameters_get_clear_problems()
    {
        var reader = _server.With(_read);

        var customer = await reader.GetAsync(Url("/api/v1/customers/nobody/recommendations"));
        var item = await reader.GetAsync(Url("/api/v1/items/nothing/similar"));
        var count = await reader.GetAsync(Url("/api/v1/customers/C00001/recommendations?n=0"));
        var kind = await reader.GetAsync(Url("/api/v1/customers/C00001/recommendations?kind=service"));

        Assert.Equal(HttpStatusCode.NotFound, customer.StatusCode);
        Assert.Contains("Customer 'nobody' is not known", await customer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, count.StatusCode);
        Assert.Contains("\"field\":\"n\"", await count.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
    }

    [Fact]
    public async Task Similar_bought_together_session_and_rank_answer()
    {
        var reader = _server.With(_read);
        var item = Simulated.Items[0].ExternalId;

        var similar = await reader.GetFromJsonAsync<JsonElement>(Url($"/api/v1/items/{item}/similar?n=3"));
        var together = await reader.GetAsync(Url($"/api/v1/items/{item}/bought-together"));
        var session = await reader.PostAsync(Url("/api/v1/sessions/recommendations"), JsonBody($$"""{"items":["{{item}}"],"n":4}"""));
        var rank = await reader.PostAsync(Url("/api/v1/customers/C00001/rank"), JsonBody("""{"candidates":["I0005","zzz","I0002"]}"""));
        using var ranked = JsonDocument.Parse(await rank.Content.ReadAsStringAsync());

        Assert.Equal(3, similar.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, together.StatusCode);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rank.StatusCode);
        Assert.Equal("zzz", ranked.RootElement.GetProperty("items")[2].GetProperty("itemId").GetString());
    }
}
