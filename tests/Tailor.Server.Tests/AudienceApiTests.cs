using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Audiences, send times, response propensity and content over the real server, per shop and scope.</summary>
public sealed class AudienceApiTests : IAsyncLifetime
{
    private static readonly SimulatedShop Simulated = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 300, Items = 80, Days = 400, Seed = 21 });

    private RunningServer _server = null!;
    private string _read = "";
    private string _ingest = "";
    private string _otherRead = "";

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(store =>
        {
            store.EnsureShop(new Shop("default", "Simulated"));
            ShopDataWriter.Write(store, "default", Simulated.Data);
            store.EnsureShop(new Shop("other", "Another shop"));
            _read = ApiClient.CreateKey(store, "default", ApiScope.Read);
            _ingest = ApiClient.CreateKey(store, "default", ApiScope.Ingest);
            _otherRead = ApiClient.CreateKey(store, "other", ApiScope.Read);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_audience_comes_with_its_figures_its_cut_off_and_a_page_of_members()
    {
        var response = await _server.With(_read).GetAsync(Url("/api/v1/marketing/audience?channel=email&cost=0.1&budget=5&limit=3&offset=1"));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json.GetProperty("totalCost").GetDouble() <= 5 + 1e-9);
        Assert.Equal(1, json.GetProperty("offset").GetInt32());
        var members = json.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(3, members.Count);
        Assert.Equal(2, members[0].GetProperty("rank").GetInt32());
        Assert.True(members[0].GetProperty("expectedValue").GetDouble() >= members[1].GetProperty("expectedValue").GetDouble());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("explanation").GetString()));
        Assert.Equal("email", json.GetProperty("propensity").GetProperty("channel").GetString());
        var ids = Simulated.Customers.Where(c => c.Consent.EmailMarketing).Select(c => c.ExternalId).ToHashSet();
        Assert.All(members, m => Assert.Contains(m.GetProperty("customerId").GetString()!, ids));
    }

    [Fact]
    public async Task Send_times_propensity_and_content_are_served()
    {
        var customer = Simulated.Customers.First(c => c.Consent.EmailMarketing).ExternalId;
        var sendTime = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url($"/api/v1/marketing/sendtime?customerId={customer}"));
        var propensity = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/marketing/response-propensity?outcome=open"));
        var content = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/marketing/content"));

        var recommendation = Assert.Single(sendTime.GetProperty("recommendations").EnumerateArray());
        Assert.Equal(customer, recommendation.GetProperty("customerId").GetString());
        Assert.Equal(recommendation.GetProperty("hour").GetInt32(), recommendation.GetProperty("nextSendAt").GetDateTimeOffset().Hour);
        Assert.Equal("hourOfDay", sendTime.GetProperty("grid").GetString());
        Assert.Equal("open", propensity.GetProperty("outcome").GetString());
        Assert.InRange(propensity.GetProperty("channels")[0].GetProperty("model").GetProperty("auc").GetDouble(), 0.5, 1);
        Assert.NotEmpty(content.GetProperty("opportunities").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/marketing/audience?channel=email&cost=0.1")]
    [InlineData("/api/v1/marketing/sendtime")]
    [InlineData("/api/v1/marketing/response-propensity")]
    [InlineData("/api/v1/marketing/content")]
    public async Task Every_route_needs_the_read_scope_and_a_key_sees_only_its_own_shop(string route)
    {
        var none = await _server.Client.GetAsync(Url(route));
        var ingest = await _server.With(_ingest).GetAsync(Url(route));
        var own = await _server.With(_read).GetAsync(Url(route));
        var other = await _server.With(_otherRead).GetAsync(Url(route));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        // Shop "other" has no sends or events of its own, and never sees those of shop "default".
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("other", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_of_another_shop_is_not_found_through_this_shops_key()
    {
        var customer = Simulated.Customers.First(c => c.Consent.EmailMarketing).ExternalId;
        var other = await _server.With(_otherRead).GetAsync(Url($"/api/v1/marketing/sendtime?customerId={customer}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.DoesNotContain(customer, await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_the_reason()
    {
        var noCost = await _server.With(_read).GetAsync(Url("/api/v1/marketing/audience?channel=email"));
        var badChannel = await _server.With(_read).GetAsync(Url("/api/v1/marketing/audience?channel=fax&cost=1"));
        var badPage = await _server.With(_read).GetAsync(Url("/api/v1/marketing/sendtime?limit=0&grid=weekly"));
        var badOutcome = await _server.With(_read).GetAsync(Url("/api/v1/marketing/response-propensity?outcome=purchase"));
        var unknownCustomer = await _server.With(_read).GetAsync(Url("/api/v1/marketing/sendtime?customerId=nobody"));

        Assert.Equal(HttpStatusCode.BadRequest, noCost.StatusCode);
        Assert.Contains("cost: is required", await noCost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        Assert.Contains("channels with sends: email", await badChannel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        var page = await badPage.Content.ReadAsStringAsync();
        Assert.Contains("limit", page, StringComparison.Ordinal);
        Assert.Contains("grid", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCustomer.StatusCode);
    }
}
