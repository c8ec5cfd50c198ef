using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Response curves and budget allocation over the real server, with scopes and shop isolation.</summary>
public sealed class MarketingApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private string _read = "";
    private string _ingest = "";
    private string _otherRead = "";
    private string _emptyRead = "";
    private string _admin = "";

    public async Task InitializeAsync()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 600, Items = 40, Days = 160, Seed = 9, EmailCampaigns = false });
        var radio = ShopSimulatorDefaults.Channels[0] with { Name = "radio" };
        var other = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 300, Items = 30, Days = 120, Seed = 4, ShopId = "other", Channels = [radio] });
        _server = await RunningServer.StartAsync(store =>
        {
            store.EnsureShop(new Shop("default", "Simulated"));
            ShopDataWriter.Write(store, "default", shop.Data);
            store.EnsureShop(new Shop("other", "Other shop"));
            ShopDataWriter.Write(store, "other", other.Data);
            store.EnsureShop(new Shop("empty", "No spend"));
            _read = CreateKey(store, "default", ApiScope.Read);
            _ingest = CreateKey(store, "default", ApiScope.Ingest);
            _otherRead = CreateKey(store, "other", ApiScope.Read);
            _emptyRead = CreateKey(store, "empty", ApiScope.Read);
            _admin = CreateKey(store, "default", ApiScope.Admin);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Curves_describe_every_channel_of_the_shop_with_intervals()
    {
        var curves = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/marketing/curves?bootstrap=4"));

        var channels = curves.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(["display", "print", "search", "social", "video"], channels.Select(c => c.GetProperty("channel").GetString()));
        Assert.Equal(4, curves.GetProperty("fit").GetProperty("bootstrapReplicates").GetInt32());
        Assert.Equal("orders", curves.GetProperty("fit").GetProperty("outcome").GetString());
        Assert.All(channels, c =>
        {
            var response = c.GetProperty("dailyResponse");
            Assert.True(response.GetProperty("lower").GetDouble() <= response.GetProperty("upper").GetDouble());
            Assert.InRange(c.GetProperty("adstockDecay").GetDouble(), 0, 0.95);
            Assert.Equal(JsonValueKind.Array, c.GetProperty("warnings").ValueKind);
        });
    }

    [Fact]
    public async Task An_allocation_spends_the_budget_within_the_limits()
    {
        var body = JsonBody("""
            {"budget": 6000, "horizonDays": 30, "bootstrap": 4, "holdUnidentified": false,
             "limits": [{"channel": "search", "min": 900, "max": 1500}, {"channel": "print", "max": "0%"}]}
            """);

        var response = await _server.With(_read).PostAsync(Url("/api/v1/marketing/allocation"), body);
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-response", plan.GetProperty("scenario").GetString());
        var channels = plan.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!, c => c);
        Assert.Equal(6000, channels.Values.Sum(c => c.GetProperty("recommendedSpend").GetDouble()), 0);
        Assert.InRange(channels["search"].GetProperty("recommendedSpend").GetDouble(), 899.99, 1500.01);
        Assert.Equal(0, channels["print"].GetProperty("recommendedSpend").GetDouble());
        Assert.All(channels.Values, c => Assert.True(
            c.GetProperty("expectedRevenue").GetProperty("lower").GetDouble() <= c.GetProperty("expectedRevenue").GetProperty("upper").GetDouble()));
    }

    [Fact]
    public async Task A_target_roas_plan_stops_below_the_budget_when_returns_run_out()
    {
        var body = JsonBody("""{"budget": 1000000, "scenario": "target-roas", "target": 3, "bootstrap": 4, "holdUnidentified": false, "maxExtrapolation": 0}""");

        var plan = await (await _server.With(_read).PostAsync(Url("/api/v1/marketing/allocation"), body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("target-roas", plan.GetProperty("scenario").GetString());
        Assert.True(plan.GetProperty("recommendedSpend").GetDouble() < 1000000);
        Assert.Equal(3, plan.GetProperty("marginalRoas").GetDouble(), 3);
        Assert.Contains(plan.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("target ROAS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_the_reason()
    {
        var client = _server.With(_read);
        var noBudget = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody("""{"scenario": "target-roas"}"""));
        var badScenario = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody("""{"budget": 10, "scenario": "max-fun"}"""));
        var unknownChannel = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody("""{"budget": 1000, "bootstrap": 0, "limits": [{"channel": "tv", "min": 5}]}"""));
        var badOutcome = await client.GetAsync(Url("/api/v1/marketing/curves?outcome=clicks"));
        var badJson = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody("{\"budget\": "));
        var badLimit = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody("""{"budget": 10, "limits": [{"channel": "search", "max": "lots"}]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, noBudget.StatusCode);
        var problem = await noBudget.Content.ReadAsStringAsync();
        Assert.Contains("budget", problem, StringComparison.Ordinal);
        Assert.Contains("target", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badScenario.StatusCode);
        Assert.Contains("max-response, target-roas or max-profit", await badScenario.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownChannel.StatusCode);
        Assert.Contains("'tv'", await unknownChannel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Contains("limits.max", await badLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lift_tests_in_the_request_calibrate_the_curves_and_bad_ones_are_named()
    {
        var client = _server.With(_read);
        var (from, to) = await TestWindowAsync(client);

        var response = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody(
            $$"""{"budget": 6000, "bootstrap": 0, "liftTests": [{"channel": "search", "start": "{{from}}", "end": "{{to}}", "incremental": 40, "standardError": 4, "outcome": "revenue"}]}"""));
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        var invalid = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody(
            $$"""{"budget": 6000, "bootstrap": 0, "liftTests": [{"channel": "search", "start": "{{from}}", "end": "{{to}}", "incremental": 4, "standardError": -1}, {"start": "{{from}}"}]}"""));
        var unknown = await client.PostAsync(Url("/api/v1/marketing/allocation"), JsonBody(
            $$"""{"budget": 6000, "bootstrap": 0, "liftTests": [{"channel": "tv", "start": "{{from}}", "end": "{{to}}", "incremental": 4, "standardError": 1}]}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lift = Assert.Single(plan.GetProperty("fit").GetProperty("liftTests").EnumerateArray().ToList());
        Assert.Equal("revenue", lift.GetProperty("outcome").GetString());
        Assert.Equal((lift.GetProperty("fitted").GetDouble() - 40) / 4, lift.GetProperty("deviation").GetDouble(), 3);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("positive standard error", problem, StringComparison.Ordinal);
        Assert.Contains("needs channel, start, end", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'tv'", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_lift_tests_are_saved_listed_used_by_every_fit_and_deleted()
    {
        var client = _server.With(_read);
        var (from, to) = await TestWindowAsync(client);
        var admin = _server.With(_admin);

        var saved = await admin.PostAsync(Url("/api/v1/marketing/lift-tests"),
            JsonBody($$"""{"channel": "social", "start": "{{from}}", "end": "{{to}}", "incremental": 3.5, "standardError": 1.2}"""));
        var readOnly = await client.PostAsync(Url("/api/v1/marketing/lift-tests"),
            JsonBody($$"""{"channel": "social", "start": "{{from}}", "end": "{{to}}", "incremental": 3.5, "standardError": 1.2}"""));
        var invalid = await admin.PostAsync(Url("/api/v1/marketing/lift-tests"), JsonBody("""{"channel": "social"}"""));
        var listed = await (await client.GetAsync(Url("/api/v1/marketing/lift-tests"))).Content.ReadFromJsonAsync<JsonElement>();
        var calibrated = await (await client.GetAsync(Url("/api/v1/marketing/curves?bootstrap=0"))).Content.ReadFromJsonAsync<JsonElement>();
        var deleted = await admin.DeleteAsync(Url($"/api/v1/marketing/lift-tests?channel=social&start={from}&end={to}"));
        var again = await admin.DeleteAsync(Url($"/api/v1/marketing/lift-tests?channel=social&start={from}&end={to}"));
        var after = await (await client.GetAsync(Url("/api/v1/marketing/curves?bootstrap=0"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("social", Assert.Single(listed.EnumerateArray().ToList()).GetProperty("channel").GetString());
        Assert.Equal("social", Assert.Single(calibrated.GetProperty("fit").GetProperty("liftTests").EnumerateArray().ToList()).GetProperty("channel").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(after.GetProperty("fit").GetProperty("liftTests").EnumerateArray());
    }

    [Fact]
    public async Task Marketing_needs_a_read_key()
    {
        var none = await _server.Client.GetAsync(Url("/api/v1/marketing/curves"));
        var ingest = await _server.With(_ingest).GetAsync(Url("/api/v1/marketing/curves"));
        var ingestPost = await _server.With(_ingest).PostAsync(Url("/api/v1/marketing/allocation"), JsonBody("""{"budget": 100}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingest.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingestPost.StatusCode);
    }

    [Fact]
    public async Task A_key_sees_only_its_own_shops_channels()
    {
        var other = await _server.With(_otherRead).GetFromJsonAsync<JsonElement>(Url("/api/v1/marketing/curves?bootstrap=0"));
        var foreignChannel = await _server.With(_otherRead).PostAsync(
            Url("/api/v1/marketing/allocation"), JsonBody("""{"budget": 1000, "bootstrap": 0, "limits": [{"channel": "search", "min": 5}]}"""));
        var empty = await _server.With(_emptyRead).GetAsync(Url("/api/v1/marketing/curves"));

        Assert.Equal(["radio"], other.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("channel").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, foreignChannel.StatusCode);
        Assert.Contains("known channels: radio", await foreignChannel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("no marketing spend", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Four weeks ending two weeks before the fitted history does, for a lift test.</summary>
    private static async Task<(string From, string To)> TestWindowAsync(HttpClient client)
    {
        var curves = await (await client.GetAsync(Url("/api/v1/marketing/curves?bootstrap=0"))).Content.ReadFromJsonAsync<JsonElement>();
        var end = curves.GetProperty("fit").GetProperty("end").GetDateTime();
        return (end.AddDays(-41).ToString("yyyy-MM-dd"), end.AddDays(-14).ToString("yyyy-MM-dd"));
    }
}
