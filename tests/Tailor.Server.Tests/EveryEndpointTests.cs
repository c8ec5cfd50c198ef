using System.Net;
using System.Text.Json;
using Tailor.Data;
using Tailor.Data.Sqlite;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>
/// Walks every /api/v1 operation of the served OpenAPI document, so an endpoint added later is covered
/// without anyone remembering to: it needs a key, it refuses keys without its scope, a key of another
/// shop can neither read nor change this shop's data through it, and odd input never gives a 500.
/// </summary>
public sealed class EveryEndpointTests : IAsyncLifetime
{
    private const string Secret = "alpha-secret-7731";
    private const string MarkedCustomer = "C-MARKED";

    private static readonly SimulatedShop Simulated = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 150, Items = 40, Days = 150, Seed = 11 });

    private RunningServer _server = null!;
    private string _ownerAdmin = "";
    private string _ownerRead = "";
    private string _ownerIngest = "";
    private string _ownerReadIngest = "";
    private string _intruderAdmin = "";

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(store =>
        {
            SeedTrainedShop(store, Simulated);
            using (var session = store.BeginImport("default"))
            {
                session.UpsertCustomers([new Customer(MarkedCustomer, DateTimeOffset.UtcNow, "DE", null, $$"""{"note":"{{Secret}}"}""", new Consent(true, true, true))]);
                session.Commit();
            }

            store.EnsureShop(new Shop("other", "Another shop"));
            _ownerAdmin = CreateKey(store, "default", ApiScope.Admin);
            _ownerRead = CreateKey(store, "default", ApiScope.Read);
            _ownerIngest = CreateKey(store, "default", ApiScope.Ingest);
            _ownerReadIngest = CreateKey(store, "default", ApiScope.Read | ApiScope.Ingest);
            _intruderAdmin = CreateKey(store, "other", ApiScope.Admin);
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Every_operation_needs_a_key_with_its_scope()
    {
        var operations = await OperationsAsync();
        Assert.True(operations.Count >= 15, $"only {operations.Count} operations found");
        foreach (var operation in operations)
        {
            Assert.True(operation.Scope is "ingest" or "read" or "admin", $"{operation} declares no scope");
            var anonymous = await SendAsync(_server.Client, operation, "{}");
            Assert.True(anonymous.Status == HttpStatusCode.Unauthorized, $"{operation} without a key: {anonymous.Status}");

            var lacking = operation.Scope switch
            {
                "ingest" => _ownerRead,
                "read" => _ownerIngest,
                _ => _ownerReadIngest,
            };
            using var client = _server.With(lacking);
            var refused = await SendAsync(client, operation, "{}");
            Assert.True(refused.Status == HttpStatusCode.Forbidden, $"{operation} with a key lacking '{operation.Scope}': {refused.Status}");
        }
    }

    [Fact]
    public async Task A_key_of_another_shop_can_neither_read_nor_change_this_shops_data_through_any_operation()
    {
        var before = Snapshot();
        var titles = Simulated.Items.Select(i => i.Title).Where(t => t.Length >= 8).ToList();
        using var intruder = _server.With(_intruderAdmin);
        foreach (var operation in await OperationsAsync())
        {
            foreach (var body in Bodies(operation))
            {
                var answer = await SendAsync(intruder, operation, body);
                Assert.True(IsNoServerError(answer), $"{operation} from another shop: {answer.Status} {answer.Body}");
                Assert.DoesNotContain(Secret, answer.Body, StringComparison.Ordinal);
                var leaked = titles.FirstOrDefault(t => answer.Body.Contains(t, StringComparison.Ordinal));
                Assert.True(leaked is null, $"{operation} from another shop showed this shop's item '{leaked}'");
            }
        }

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Odd_input_from_the_owner_never_gives_a_server_error()
    {
        using var owner = _server.With(_ownerAdmin);
        foreach (var operation in await OperationsAsync())
        {
            foreach (var body in Bodies(operation).Concat(["not json", "[1,2", "{\"customerId\":42,\"timestamp\":\"yesterday\"}"]))
            {
                var answer = await SendAsync(owner, operation, body);
                Assert.True(IsNoServerError(answer), $"{operation} with body {body}: {answer.Status} {answer.Body}");
            }
        }
    }

    /// <summary>Anything but a 5xx, except the 503 that says the shop has no model yet (the other shop has none).</summary>
    private static bool IsNoServerError((HttpStatusCode Status, string Body) answer) =>
        (int)answer.Status < 500 || (answer.Status == HttpStatusCode.ServiceUnavailable && answer.Body.Contains("\"No model\"", StringComparison.Ordinal));

    /// <summary>What the owner's shop holds, in a form two snapshots can be compared by.</summary>
    private string Snapshot()
    {
        using var store = SqliteStore.Open(_server.DbPath);
        var marked = store.ReadCustomers("default").Single(c => c.ExternalId == MarkedCustomer);
        var available = store.ReadItems("default").Count(i => i.Available);
        var stats = store.GetStats("default");
        var models = store.ListModels("default").Count;
        return $"{stats}|{marked}|{available}|{models}";
    }

    private static IEnumerable<string> Bodies(Operation operation) =>
        operation.HasBody ? ["{}", "[]", $$"""{"customerId":"{{MarkedCustomer}}","itemIds":["{{Simulated.Items[0].ExternalId}}"]}"""] : [""];

    private async Task<IReadOnlyList<Operation>> OperationsAsync()
    {
        using var document = JsonDocument.Parse(await _server.Client.GetStringAsync(Url("/openapi/v1.json")));
        var operations = new List<Operation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                var scope = method.Value.TryGetProperty("x-tailor-scope", out var s) ? s.GetString() : null;
                var query = method.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray()
                        .Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var r) && r.GetBoolean())
                        .Select(p => p.GetProperty("name").GetString()!)
                        .ToList()
                    : [];
                operations.Add(new Operation(method.Name.ToUpperInvariant(), path.Name, scope, method.Value.TryGetProperty("requestBody", out _), query));
            }
        }

        return operations;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, Operation operation, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), Url(operation.Address()));
        if (operation.HasBody)
        {
            request.Content = JsonBody(body);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>An operation of the document, addressed at this shop's data: its marked customer and first item.</summary>
    private sealed record Operation(string Method, string Path, string? Scope, bool HasBody, IReadOnlyList<string> RequiredQuery)
    {
        public string Address()
        {
            var address = System.Text.RegularExpressions.Regex.Replace(Path, "{([^}]+)}", match => match.Groups[1].Value switch
            {
                "customerId" => MarkedCustomer,
                "itemId" => Simulated.Items[0].ExternalId,
                var other => $"{other}-of-default",
            });
            return RequiredQuery.Count == 0 ? address : address + "?" + string.Join('&', RequiredQuery.Select(q => $"{q}=1"));
        }

        public override string ToString() => $"{Method} {Path}";
    }
}
