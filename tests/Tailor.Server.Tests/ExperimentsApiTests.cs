using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Data;
using Tailor.Experiments;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>Experiments over the real server: the workflow, scopes, shop isolation and problem details.</summary>
public sealed class ExperimentsApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private string _admin = "";
    private string _read = "";
    private string _ingest = "";
    private string _otherAdmin = "";
    private string _otherIngest = "";

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(store =>
        {
            store.EnsureShop(new Shop("default", "Shop A"));
            store.EnsureShop(new Shop("other", "Shop B"));
            _admin = CreateKey(store, "default", ApiScope.Admin);
            _read = CreateKey(store, "default", ApiScope.Read);
            _ingest = CreateKey(store, "default", ApiScope.Ingest);
            _otherAdmin = CreateKey(store, "other", ApiScope.Admin);
            _otherIngest = CreateKey(store, "other", ApiScope.Ingest);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Create_assign_record_and_report()
    {
        var created = await _server.With(_admin).PostAsync(Url("/api/v1/experiments"),
            JsonBody("""{"key":"homepage-recs","variants":[{"name":"popular","weight":50},{"name":"ease","weight":50}],"metric":"conversion"}"""));
        var ingest = _server.With(_ingest);
        var first = await (await ingest.PostAsync(Url("/api/v1/experiments/homepage-recs/assignments"), JsonBody("""{"customerId":"C1"}""")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await ingest.PostAsync(Url("/api/v1/experiments/homepage-recs/assignments"), JsonBody("""{"customerId":"C1"}""")))
            .Content.ReadFromJsonAsync<JsonElement>();
        for (var i = 2; i <= 200; i++)
        {
            var assigned = await (await ingest.PostAsync(Url("/api/v1/experiments/homepage-recs/assignments"), JsonBody($$"""{"customerId":"C{{i}}"}""")))
                .Content.ReadFromJsonAsync<JsonElement>();
            if (i % (assigned.GetProperty("variant").GetString() == "ease" ? 4 : 8) == 0)
            {
                var outcome = await ingest.PostAsync(Url("/api/v1/experiments/homepage-recs/outcomes"), JsonBody($$"""{"customerId":"C{{i}}","idempotencyKey":"buy-{{i}}"}"""));
                Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
            }
        }

        var repeated = await (await ingest.PostAsync(Url("/api/v1/experiments/homepage-recs/outcomes"), JsonBody("""{"customerId":"C8","idempotencyKey":"buy-8"}""")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var report = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments/homepage-recs/report"));
        var listed = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments"));
        var tuned = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments/homepage-recs/report?confidence=0.9&correction=bh"));
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(13).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var lift = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url($"/api/v1/experiments/homepage-recs/lift-test?channel=email&end={end}"));
        var noChannel = await _server.With(_read).GetAsync(Url("/api/v1/experiments/homepage-recs/lift-test"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/experiments/homepage-recs", created.Headers.Location?.OriginalString);
        var expected = ExperimentHash.Assign("homepage-recs", "C1", [0.5, 0.5]) == 0 ? "popular" : "ease";
        Assert.Equal(expected, first.GetProperty("variant").GetString());
        Assert.True(first.GetProperty("firstExposure").GetBoolean());
        Assert.Equal(expected, again.GetProperty("variant").GetString());
        Assert.False(again.GetProperty("firstExposure").GetBoolean());
        Assert.False(repeated.GetProperty("recorded").GetBoolean());
        Assert.Equal(200, report.GetProperty("exposures").GetInt64());
        Assert.Equal("conversion", report.GetProperty("metric").GetString());
        Assert.Equal("popular", report.GetProperty("variants")[1].GetProperty("versusControl").GetProperty("control").GetString());
        Assert.True(report.GetProperty("variants")[1].GetProperty("probabilityBest").GetDouble() > 0.5);
        Assert.False(report.GetProperty("srm").GetProperty("mismatch").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(report.GetProperty("verdict").GetString()));
        Assert.Equal("homepage-recs", listed[0].GetProperty("key").GetString());
        Assert.Equal((0.9, "benjaminiHochberg"), (tuned.GetProperty("confidence").GetDouble(), tuned.GetProperty("correction").GetString()));
        Assert.Contains("(90% CI", tuned.GetProperty("verdict").GetString(), StringComparison.Ordinal);

        // As a lift test: the difference of conversion rates times the 200 customers, over 14 days, in orders.
        var difference = report.GetProperty("variants")[1].GetProperty("versusControl").GetProperty("difference").GetDouble();
        Assert.Equal(difference * 200 / 14, lift.GetProperty("incremental").GetDouble(), 6);
        Assert.Equal(("email", "orders", end), (lift.GetProperty("channel").GetString(), lift.GetProperty("outcome").GetString(), lift.GetProperty("end").GetString()));
        Assert.True(lift.GetProperty("standardError").GetDouble() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, noChannel.StatusCode);
        Assert.Contains("channel", await noChannel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_route_needs_its_scope()
    {
        await _server.With(_admin).PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"scopes","variants":[{"name":"A"},{"name":"B"}]}"""));

        var ingestCreates = await _server.With(_ingest).PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"x","variants":[{"name":"A"},{"name":"B"}]}"""));
        var readCreates = await _server.With(_read).PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"x","variants":[{"name":"A"},{"name":"B"}]}"""));
        var readAssigns = await _server.With(_read).PostAsync(Url("/api/v1/experiments/scopes/assignments"), JsonBody("""{"customerId":"C1"}"""));
        var ingestReports = await _server.With(_ingest).GetAsync(Url("/api/v1/experiments/scopes/report"));
        var ingestStops = await _server.With(_ingest).PostAsync(Url("/api/v1/experiments/scopes/stop"), JsonBody("{}"));
        var anonymous = await _server.Client.PostAsync(Url("/api/v1/experiments/scopes/assignments"), JsonBody("""{"customerId":"C1"}"""));
        var adminAssigns = await _server.With(_admin).PostAsync(Url("/api/v1/experiments/scopes/assignments"), JsonBody("""{"customerId":"C1"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, ingestCreates.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readCreates.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readAssigns.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingestReports.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingestStops.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminAssigns.StatusCode);
    }

    [Fact]
    public async Task A_shop_cannot_read_or_write_another_shops_experiment()
    {
        await _server.With(_admin).PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"isolated","variants":[{"name":"A"},{"name":"B"}]}"""));
        await _server.With(_ingest).PostAsync(Url("/api/v1/experiments/isolated/assignments"), JsonBody("""{"customerId":"C1"}"""));

        var foreignReport = await _server.With(_otherAdmin).GetAsync(Url("/api/v1/experiments/isolated/report"));
        var foreignAssign = await _server.With(_otherIngest).PostAsync(Url("/api/v1/experiments/isolated/assignments"), JsonBody("""{"customerId":"C2"}"""));
        var foreignOutcome = await _server.With(_otherIngest).PostAsync(Url("/api/v1/experiments/isolated/outcomes"), JsonBody("""{"customerId":"C1"}"""));
        var foreignStop = await _server.With(_otherAdmin).PostAsync(Url("/api/v1/experiments/isolated/stop"), JsonBody("{}"));
        var foreignList = await _server.With(_otherAdmin).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments"));
        // The same key in shop B is a different experiment, and its traffic never reaches shop A's report.
        var sameKey = await _server.With(_otherAdmin).PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"isolated","variants":[{"name":"X"},{"name":"Y"}]}"""));
        await _server.With(_otherIngest).PostAsync(Url("/api/v1/experiments/isolated/assignments"), JsonBody("""{"customerId":"C9"}"""));
        var ownReport = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments/isolated/report"));
        var ownExperiment = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments/isolated"));

        Assert.Equal(HttpStatusCode.NotFound, foreignReport.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignAssign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignStop.StatusCode);
        Assert.Equal(0, foreignList.GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, sameKey.StatusCode);
        Assert.Equal(1, ownReport.GetProperty("exposures").GetInt64());
        Assert.Equal("running", ownExperiment.GetProperty("status").GetString());
        Assert.Equal("A", ownExperiment.GetProperty("control").GetString());
    }

    [Fact]
    public async Task Erasing_a_customer_removes_their_exposures_and_outcomes_from_the_database_file()
    {
        const string marker = "erase-exp-7781";
        var admin = _server.With(_admin);
        await admin.PutAsync(Url($"/api/v1/customers/{marker}"), JsonBody("{}"));
        await admin.PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"privacy","variants":[{"name":"A"},{"name":"B"}]}"""));
        await _server.With(_ingest).PostAsync(Url("/api/v1/experiments/privacy/assignments"), JsonBody($$"""{"customerId":"{{marker}}"}"""));
        await _server.With(_ingest).PostAsync(Url("/api/v1/experiments/privacy/outcomes"), JsonBody($$"""{"customerId":"{{marker}}","value":1}"""));
        var before = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments/privacy/report"));

        var erased = await admin.DeleteAsync(Url($"/api/v1/customers/{marker}"));
        var after = await _server.With(_read).GetFromJsonAsync<JsonElement>(Url("/api/v1/experiments/privacy/report"));

        Assert.Equal(1, before.GetProperty("exposures").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(0, after.GetProperty("exposures").GetInt64());
        var bytes = System.Text.Encoding.UTF8.GetString(ReadIfExists(_server.DbPath)) + System.Text.Encoding.UTF8.GetString(ReadIfExists(_server.DbPath + "-wal"));
        Assert.DoesNotContain(marker, bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_get_problem_details_naming_the_field_and_reason()
    {
        var admin = _server.With(_admin);
        await admin.PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"mistakes","variants":[{"name":"A"},{"name":"B"}],"metric":"revenue"}"""));

        var oneVariant = await admin.PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"bad","variants":[{"name":"A"}]}"""));
        var badMetric = await admin.PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"bad","variants":[{"name":"A"},{"name":"B"}],"metric":"clicks"}"""));
        var badKey = await admin.PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"no spaces","variants":[{"name":"A"},{"name":"B"}]}"""));
        var taken = await admin.PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"mistakes","variants":[{"name":"A"},{"name":"B"}]}"""));
        var unexposed = await _server.With(_ingest).PostAsync(Url("/api/v1/experiments/mistakes/outcomes"), JsonBody("""{"customerId":"nobody","value":5}"""));
        var noCustomer = await _server.With(_ingest).PostAsync(Url("/api/v1/experiments/mistakes/assignments"), JsonBody("{}"));
        var future = await _server.With(_ingest).PostAsync(Url("/api/v1/experiments/mistakes/outcomes"),
            JsonBody("""{"customerId":"C1","timestamp":"2999-01-01T00:00:00Z"}"""));
        var unknownWinner = await admin.PostAsync(Url("/api/v1/experiments/mistakes/stop"), JsonBody("""{"winner":"Z"}"""));
        var unknown = await _server.With(_read).GetAsync(Url("/api/v1/experiments/none/report"));
        var badCorrection = await _server.With(_read).GetAsync(Url("/api/v1/experiments/mistakes/report?correction=bonferroni"));
        var malformed = await admin.PostAsync(Url("/api/v1/experiments"), JsonBody("""{"key":"m","variants":"A,B"}"""));

        await AssertProblem(oneVariant, HttpStatusCode.BadRequest, "variants", "two or more variants");
        await AssertProblem(badMetric, HttpStatusCode.BadRequest, "metric", "'clicks' is not conversion or revenue");
        await AssertProblem(badKey, HttpStatusCode.BadRequest, "key", "may hold only letters");
        await AssertProblem(taken, HttpStatusCode.Conflict, null, "exists already");
        await AssertProblem(unexposed, HttpStatusCode.Conflict, null, "never exposed");
        await AssertProblem(noCustomer, HttpStatusCode.BadRequest, "customerId", "customer id");
        await AssertProblem(future, HttpStatusCode.BadRequest, "timestamp", "in the future");
        await AssertProblem(unknownWinner, HttpStatusCode.BadRequest, "winner", "no variant 'Z'");
        await AssertProblem(unknown, HttpStatusCode.NotFound, null, "no experiment 'none'");
        await AssertProblem(badCorrection, HttpStatusCode.BadRequest, "correction", "not holm, bh or none");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? field, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Equal(field, problem.GetProperty("errors")[0].GetProperty("field").GetString());
        }
    }
}
