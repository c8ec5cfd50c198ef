using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Segments, members, CSV export and the analytics in the profile, over the real server.</summary>
public sealed class SegmentsApiTests : IAsyncLifetime
{
    private const string Emailable = "C-EMAIL-1";

    private static readonly SimulatedShop Shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 300, Items = 40, Days = 400, Seed = 21 });
    private static readonly SimulatedShop OtherShop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 200, Items = 30, Days = 400, Seed = 22, ShopId = "other" });

    private RunningServer _server = null!;
    private string _admin = "";
    private string _read = "";
    private string _ingest = "";
    private string _otherAdmin = "";
    private string _emptyRead = "";

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(store =>
        {
            SeedTrainedShop(store, Shop);
            // A customer with an email address and marketing consent, who bought twice.
            var item = Shop.Items.First(i => i.Price > 0).ExternalId;
            var last = Shop.Orders[^1].Timestamp;
            using (var session = store.BeginImport("default"))
            {
                session.UpsertCustomers([new Customer(Emailable, Shop.Orders[0].Timestamp, "NL", null, """{"email":"ann@example.com"}""", new Consent(true, true, true))]);
                session.UpsertOrders([
                    new Order("E1", Emailable, last.AddDays(-40), "web", "NL", [new OrderLine(1, item, 2, 10m)]),
                    new Order("E2", Emailable, last.AddDays(-5), "web", "NL", [new OrderLine(1, item, 1, 10m)]),
                ]);
                session.Commit();
            }

            CustomerAnalytics.TrainAndStore(store, "default", new CustomerAnalyticsOptions());
            store.EnsureShop(new Shop("other", "Other"));
            ShopDataWriter.Write(store, "other", OtherShop.Data);
            CustomerAnalytics.TrainAndStore(store, "other", new CustomerAnalyticsOptions());
            store.EnsureShop(new Shop("empty", "Empty"));
            _admin = CreateKey(store, "default", ApiScope.Admin);
            _read = CreateKey(store, "default", ApiScope.Read);
            _ingest = CreateKey(store, "default", ApiScope.Ingest);
            _otherAdmin = CreateKey(store, "other", ApiScope.Admin);
            _emptyRead = CreateKey(store, "empty", ApiScope.Read);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Segments_list_every_preset_with_descriptions_and_sizes_that_add_up()
    {
        var read = _server.With(_read);
        var rfm11 = await read.GetFromJsonAsync<JsonElement>(Url("/api/v1/segments"));
        var rf10 = await read.GetFromJsonAsync<JsonElement>(Url("/api/v1/segments?preset=rf10"));
        var clusters = await read.GetFromJsonAsync<JsonElement>(Url("/api/v1/segments?preset=clusters"));

        Assert.Equal("rfm11", rfm11.GetProperty("preset").GetString());
        foreach (var list in new[] { rfm11, rf10, clusters })
        {
            var segments = list.GetProperty("segments").EnumerateArray().ToList();
            Assert.NotEmpty(segments);
            Assert.Equal(list.GetProperty("customers").GetInt32(), segments.Sum(s => s.GetProperty("customers").GetInt32()));
            Assert.All(segments, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("description").GetString())));
            Assert.Equal(1.0, segments.Sum(s => s.GetProperty("share").GetDouble()), 6);
        }

        Assert.Contains(rfm11.GetProperty("segments").EnumerateArray(), s => s.GetProperty("name").GetString() == "Champions");
        Assert.Contains(rf10.GetProperty("segments").EnumerateArray(), s => s.GetProperty("name").GetString() == "champions");
        Assert.Equal(rfm11.GetProperty("customers").GetInt32(), clusters.GetProperty("customers").GetInt32());
        var micro = rfm11.GetProperty("microSegments").EnumerateArray().ToList();
        Assert.NotEmpty(micro);
        Assert.All(micro, m => Assert.Contains(rfm11.GetProperty("segments").EnumerateArray(), s => s.GetProperty("name").GetString() == m.GetProperty("segment").GetString()));
        Assert.Equal(JsonValueKind.Null, rf10.GetProperty("microSegments").ValueKind);
    }

    [Fact]
    public async Task Members_come_a_page_at_a_time_and_the_profile_carries_the_same_analytics()
    {
        var read = _server.With(_read);
        var profile = await read.GetFromJsonAsync<JsonElement>(Url($"/api/v1/customers/{Emailable}"));
        var segment = profile.GetProperty("segment").GetProperty("rfm11").GetString()!;
        var first = await read.GetFromJsonAsync<JsonElement>(Url($"/api/v1/segments/{Uri.EscapeDataString(segment)}/members?limit=2"));
        var total = first.GetProperty("total").GetInt32();
        var all = await read.GetFromJsonAsync<JsonElement>(Url($"/api/v1/segments/{Uri.EscapeDataString(segment)}/members?offset=0&limit=1000"));
        var second = await read.GetFromJsonAsync<JsonElement>(Url($"/api/v1/segments/{Uri.EscapeDataString(segment)}/members?offset=2&limit=2"));

        // The profile's additive fields: segment, cluster, CLV and churn risk with its drivers.
        Assert.True(profile.GetProperty("analyticsVersion").GetInt32() >= 1);
        Assert.InRange(profile.GetProperty("segment").GetProperty("r").GetInt32(), 1, 5);
        Assert.False(string.IsNullOrWhiteSpace(profile.GetProperty("cluster").GetProperty("description").GetString()));
        Assert.True(profile.GetProperty("clv").GetProperty("lifetimeValue").GetDouble() > 0);
        Assert.InRange(profile.GetProperty("clv").GetProperty("probabilityAlive").GetDouble(), 0, 1);
        Assert.Equal(12, profile.GetProperty("clv").GetProperty("horizonMonths").GetInt32());
        Assert.InRange(profile.GetProperty("churn").GetProperty("probability").GetDouble(), 0, 1);
        Assert.Equal(90, profile.GetProperty("churn").GetProperty("horizonDays").GetInt32());

        Assert.Equal(Math.Min(2, total), first.GetProperty("customers").GetArrayLength());
        Assert.Equal(total, all.GetProperty("customers").GetArrayLength());
        var ids = all.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("customerId").GetString()).ToList();
        Assert.Contains(Emailable, ids);
        Assert.Equal(ids.Skip(2).Take(2), second.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("customerId").GetString()));
        Assert.All(all.GetProperty("customers").EnumerateArray(), c => Assert.Equal(segment, c.GetProperty("rfm").GetProperty("rfm11").GetString()));
    }

    [Fact]
    public async Task Export_gives_csv_of_emailable_customers_unless_asked_for_all()
    {
        var admin = _server.With(_admin);
        var profile = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/customers/{Emailable}"));
        var segment = Uri.EscapeDataString(profile.GetProperty("segment").GetProperty("rfm11").GetString()!);
        var emailOnly = await admin.GetAsync(Url($"/api/v1/segments/{segment}/export.csv"));
        var any = await admin.GetStringAsync(Url($"/api/v1/segments/{segment}/export.csv?consent=any"));
        var members = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/segments/{segment}/members?limit=1000"));

        Assert.Equal(HttpStatusCode.OK, emailOnly.StatusCode);
        Assert.Equal("text/csv", emailOnly.Content.Headers.ContentType!.MediaType);
        var lines = (await emailOnly.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("customer_id,email,country,region,segment,r,f,m,cluster,clv,churn_probability,email_marketing_consent", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith($"{Emailable},ann@example.com,NL,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",true", l.TrimEnd('\r'), StringComparison.Ordinal));
        var anyLines = any.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(members.GetProperty("total").GetInt32() + 1, anyLines.Length);
        Assert.True(anyLines.Length >= lines.Length);
    }

    [Fact]
    public async Task An_erased_customer_disappears_from_members_export_and_sizes_at_once()
    {
        var admin = _server.With(_admin);
        var before = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/segments?preset=rf10"));
        var victim = Shop.Customers.Select(c => c.ExternalId).First(id => id != Emailable && Shop.Orders.Any(o => o.CustomerId == id) && Shop.Customers.First(c => c.ExternalId == id).Consent.Analytics);
        var profile = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/customers/{victim}"));
        var segment = Uri.EscapeDataString(profile.GetProperty("segment").GetProperty("rf10").GetString()!);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Url($"/api/v1/customers/{victim}"))).StatusCode);
        var members = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/segments/{segment}/members?preset=rf10&limit=1000"));
        var export = await admin.GetStringAsync(Url($"/api/v1/segments/{segment}/export.csv?preset=rf10&consent=any"));
        var after = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/segments?preset=rf10"));

        Assert.DoesNotContain(members.GetProperty("customers").EnumerateArray(), c => c.GetProperty("customerId").GetString() == victim);
        Assert.DoesNotContain(victim + ",", export, StringComparison.Ordinal);
        Assert.Equal(before.GetProperty("customers").GetInt32() - 1, after.GetProperty("customers").GetInt32());
    }

    [Fact]
    public async Task Each_route_needs_its_scope_and_shows_only_the_keys_own_shop()
    {
        var segments = "/api/v1/segments";
        var members = "/api/v1/segments/Champions/members";
        var export = "/api/v1/segments/Champions/export.csv?consent=any";

        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Client.GetAsync(Url(segments))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.With(_ingest).GetAsync(Url(segments))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.With(_ingest).GetAsync(Url(members))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.With(_read).GetAsync(Url(export))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.With(_read).GetAsync(Url(members))).StatusCode);

        // The other shop's admin key sees its own customers only, and none of this shop's.
        var other = _server.With(_otherAdmin);
        var otherSegments = await other.GetFromJsonAsync<JsonElement>(Url(segments));
        var otherIds = OtherShop.Customers.Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        foreach (var s in otherSegments.GetProperty("segments").EnumerateArray().Where(s => s.GetProperty("customers").GetInt32() > 0))
        {
            var name = Uri.EscapeDataString(s.GetProperty("name").GetString()!);
            var page = await other.GetFromJsonAsync<JsonElement>(Url($"/api/v1/segments/{name}/members?limit=1000"));
            var csv = await other.GetStringAsync(Url($"/api/v1/segments/{name}/export.csv?consent=any"));
            Assert.All(page.GetProperty("customers").EnumerateArray(), c => Assert.Contains(c.GetProperty("customerId").GetString()!, otherIds));
            Assert.DoesNotContain(Emailable, csv, StringComparison.Ordinal);
            Assert.DoesNotContain("ann@example.com", csv, StringComparison.Ordinal);
        }

        Assert.Equal(OtherShop.Customers.Count(c => c.Consent.Analytics && OtherShop.Orders.Any(o => o.CustomerId == c.ExternalId && o.Lines.Any(l => l.Quantity > 0))),
            otherSegments.GetProperty("customers").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url($"/api/v1/customers/{Emailable}"))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _server.With(_emptyRead).GetAsync(Url(segments))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _server.With(_emptyRead).GetAsync(Url(members))).StatusCode);
    }

    [Fact]
    public async Task Bad_queries_are_problems_naming_the_field()
    {
        var read = _server.With(_read);
        var preset = await read.GetAsync(Url("/api/v1/segments?preset=rfm99"));
        var limit = await read.GetAsync(Url("/api/v1/segments/Champions/members?limit=0"));
        var offset = await read.GetAsync(Url("/api/v1/segments/Champions/members?offset=-3"));
        var unknown = await read.GetAsync(Url("/api/v1/segments/Royalty/members"));
        var consent = await _server.With(_admin).GetAsync(Url("/api/v1/segments/Champions/export.csv?consent=maybe"));

        Assert.Equal(HttpStatusCode.BadRequest, preset.StatusCode);
        Assert.Contains("preset", await preset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
        Assert.Contains("limit", await limit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, offset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Champions", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, consent.StatusCode);
    }
}
