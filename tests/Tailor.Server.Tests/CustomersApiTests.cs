using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Customers over the real server: upsert, profile, consent, export and erasure down to the file.</summary>
public sealed class CustomersApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private string _admin = "";
    private string _read = "";

    public async Task InitializeAsync()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 120, Items = 40, Days = 120, Seed = 9 });
        _server = await RunningServer.StartAsync(store =>
        {
            ApiClient.SeedTrainedShop(store, shop);
            _admin = ApiClient.CreateKey(store, "default", ApiScope.Admin);
            _read = ApiClient.CreateKey(store, "default", ApiScope.Read);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_customer_is_created_read_and_their_consent_changes_what_they_get()
    {
        var admin = _server.With(_admin);
        var put = await admin.PutAsync(Url("/api/v1/customers/new-7"), JsonBody("""{"country":"NL","attributes":{"tier":"gold"},"consent":{"emailMarketing":true}}"""));
        await admin.PostAsync(Url("/api/v1/events"), JsonBody("""[{"type":"add_to_cart","customerId":"new-7","itemId":"I0003","idempotencyKey":"n7-1"}]"""));
        var profile = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/customers/new-7"));
        var personal = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/customers/new-7/recommendations?n=3"));
        var consent = await admin.PutAsync(Url("/api/v1/customers/new-7/consent"), JsonBody("""{"personalization":false}"""));
        var general = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/customers/new-7/recommendations?n=3"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("NL", profile.GetProperty("customer").GetProperty("country").GetString());
        Assert.True(profile.GetProperty("customer").GetProperty("consent").GetProperty("emailMarketing").GetBoolean());
        Assert.Equal("I0003", profile.GetProperty("recentEvents")[0].GetProperty("itemId").GetString());
        Assert.True(personal.GetProperty("personalized").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.False(general.GetProperty("personalized").GetBoolean());
        Assert.All(general.GetProperty("items").EnumerateArray(), i => Assert.NotEqual("becauseOfHistory", i.GetProperty("reasonKind").GetString()));
    }

    [Fact]
    public async Task Export_holds_everything_and_erase_removes_it_from_the_database_file()
    {
        var admin = _server.With(_admin);
        const string marker = "erase-me-4412";
        const string session = "sess-erase-4412";
        await admin.PutAsync(Url($"/api/v1/customers/{marker}"), JsonBody("""{"region":"Utrecht"}"""));
        await admin.PostAsync(Url("/api/v1/events"), JsonBody($$"""[{"type":"view","customerId":"{{marker}}","itemId":"I0001","channel":"{{session}}"}]"""));

        var export = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/customers/{marker}/export"));
        var erase = await admin.DeleteAsync(Url($"/api/v1/customers/{marker}"));
        var after = await _server.With(_read).GetAsync(Url($"/api/v1/customers/{marker}/recommendations"));
        var again = await admin.DeleteAsync(Url($"/api/v1/customers/{marker}"));

        Assert.Equal("Utrecht", export.GetProperty("customer").GetProperty("region").GetString());
        Assert.Equal(1, export.GetProperty("events").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var bytes = Encoding.UTF8.GetString(File.ReadAllBytes(_server.DbPath)) + Encoding.UTF8.GetString(ReadIfExists(_server.DbPath + "-wal"));
        Assert.DoesNotContain(marker, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(session, bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_customers_needs_an_admin_key()
    {
        var denied = await _server.With(_read).PutAsync(Url("/api/v1/customers/x"), JsonBody("{}"));
        var badAttributes = await _server.With(_admin).PutAsync(Url("/api/v1/customers/x"), JsonBody("""{"attributes":[1,2]}"""));

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badAttributes.StatusCode);
    }
}
