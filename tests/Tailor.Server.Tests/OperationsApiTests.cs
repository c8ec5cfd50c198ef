using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Forecasts, the purchase list and staffing over the real server: results, scopes and shop isolation.</summary>
public sealed class OperationsApiTests : IAsyncLifetime
{
    private static readonly SimulatedShop Simulated = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 300, Items = 60, Days = 200, Seed = 4, EmailCampaigns = false });

    private RunningServer _server = null!;
    private string _read = "";
    private string _ingest = "";
    private string _otherRead = "";
    private string _emptyRead = "";

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(store =>
        {
            store.EnsureShop(new Shop("default", "Simulated"));
            ShopDataWriter.Write(store, "default", Simulated.Data);
            store.EnsureShop(new Shop("other", "Another shop"));
            using (var session = store.BeginImport("other"))
            {
                session.UpsertItems([new Item("X1", ItemKind.Product, "Other shop's mug", null, "Mugs", [], 9m, 4m, 12, true, null, null)]);
                session.UpsertOrders([.. Enumerable.Range(0, 30).Select(d => new Order($"x{d}", null, new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero).AddDays(d), "web", null,
                    [new OrderLine(1, "X1", 1 + (d % 3), 9m)]))]);
                session.Commit();
            }

            store.EnsureShop(new Shop("empty", "No orders yet"));
            _read = ApiClient.CreateKey(store, "default", ApiScope.Read);
            _ingest = ApiClient.CreateKey(store, "default", ApiScope.Ingest);
            _otherRead = ApiClient.CreateKey(store, "other", ApiScope.Read);
            _emptyRead = ApiClient.CreateKey(store, "empty", ApiScope.Read);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Forecasts_cover_the_horizon_for_the_total_an_item_and_weeks()
    {
        var client = _server.With(_read);

        var total = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/forecasts?total=true&horizonDays=14"));
        var item = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/forecasts?item=I0002&horizonDays=5"));
        var weekly = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/forecasts?horizonDays=21&weekly=true"));

        Assert.Equal("total", total.GetProperty("scope").GetString());
        Assert.Equal(14, total.GetProperty("forecast").GetArrayLength());
        var end = DateOnly.Parse(total.GetProperty("history").GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(end.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), total.GetProperty("forecast")[0].GetProperty("date").GetString());
        Assert.True(total.GetProperty("forecast")[0].GetProperty("hi95").GetDouble() >= total.GetProperty("forecast")[0].GetProperty("hi80").GetDouble());
        Assert.Equal("I0002", item.GetProperty("key").GetString());
        Assert.Equal(5, item.GetProperty("horizon").GetInt32());
        Assert.Equal("week", weekly.GetProperty("period").GetString());
        Assert.Equal(3, weekly.GetProperty("forecast").GetArrayLength());
    }

    [Fact]
    public async Task The_purchase_list_and_staffing_plan_answer_with_reasons_and_hours()
    {
        var client = _server.With(_read);

        var list = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/inventory/purchase-list?serviceLevel=0.9"));
        var staffing = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/staffing?minutesPerOrder=10&days=3"));

        Assert.Equal(0.9, list.GetProperty("serviceLevel").GetDouble());
        Assert.True(list.GetProperty("itemsReviewed").GetInt32() > 0);
        Assert.All(list.GetProperty("lines").EnumerateArray(), l =>
        {
            Assert.True(l.GetProperty("quantity").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(l.GetProperty("why").GetString()));
            Assert.True(l.GetProperty("riskAfter").GetDouble() <= l.GetProperty("riskBefore").GetDouble());
        });
        Assert.Equal(3, staffing.GetProperty("days").GetArrayLength());
        Assert.Equal(72, staffing.GetProperty("hours").GetArrayLength());
        Assert.Equal(10, staffing.GetProperty("minutesPerOrder").GetDouble());
    }

    [Fact]
    public async Task Bad_parameters_are_problems_naming_the_field()
    {
        var client = _server.With(_read);

        var level = await client.GetAsync(Url("/api/v1/inventory/purchase-list?serviceLevel=1.2"));
        var minutes = await client.GetAsync(Url("/api/v1/staffing?minutesPerOrder=-1"));
        var both = await client.GetAsync(Url("/api/v1/forecasts?item=I0001&total=true"));
        var horizon = await client.GetAsync(Url("/api/v1/forecasts?horizonDays=0"));
        var unknown = await client.GetAsync(Url("/api/v1/forecasts?item=nope"));

        Assert.Equal(HttpStatusCode.BadRequest, level.StatusCode);
        Assert.Contains("serviceLevel", await level.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, minutes.StatusCode);
        Assert.Contains("minutesPerOrder", await minutes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, horizon.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_endpoints_need_the_read_scope()
    {
        foreach (var path in new[] { "/api/v1/forecasts", "/api/v1/inventory/purchase-list", "/api/v1/staffing" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Client.GetAsync(Url(path))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _server.With(_ingest).GetAsync(Url(path))).StatusCode);
        }
    }

    [Fact]
    public async Task A_key_plans_only_its_own_shop()
    {
        var other = _server.With(_otherRead);

        var foreignItem = await other.GetAsync(Url("/api/v1/forecasts?item=I0001"));
        var ownItem = await other.GetFromJsonAsync<JsonElement>(Url("/api/v1/forecasts?item=X1&horizonDays=3"));
        var ownList = await other.GetFromJsonAsync<JsonElement>(Url("/api/v1/inventory/purchase-list"));
        var otherItemFromDefault = await _server.With(_read).GetAsync(Url("/api/v1/forecasts?item=X1"));
        var empty = await _server.With(_emptyRead).GetAsync(Url("/api/v1/staffing"));

        Assert.Equal(HttpStatusCode.NotFound, foreignItem.StatusCode);
        Assert.Equal(30, ownItem.GetProperty("history").GetProperty("periods").GetInt32());
        Assert.Equal(1, ownList.GetProperty("itemsReviewed").GetInt32());
        Assert.All(ownList.GetProperty("lines").EnumerateArray(), l => Assert.Equal("X1", l.GetProperty("item").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, otherItemFromDefault.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, empty.StatusCode);
    }
}
