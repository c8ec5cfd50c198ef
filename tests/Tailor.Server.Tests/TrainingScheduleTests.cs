using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Data;
using Tailor.Simulation;

using static Tailor.Server.Tests.ApiClient;

namespace Tailor.Server.Tests;

/// <summary>
/// Scheduled training: a shop with data and no model is trained at start, a shop whose data changed
/// is retrained on the next tick, an unchanged one is left alone, and a training that fails is
/// reported by the jobs endpoint.
/// </summary>
public sealed class TrainingScheduleTests
{
    private static readonly SimulatedShop Simulated = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 120, Items = 30, Days = 120, Seed = 17 });

    [Fact]
    public async Task Shops_are_trained_on_schedule_when_their_data_changed_and_failures_are_reported()
    {
        string owner = "", privateShop = "";
        await using var server = await RunningServer.StartAsync(
            store =>
            {
                store.EnsureShop(new Shop("default", "Simulated"));
                ShopDataWriter.Write(store, "default", Simulated.Data);
                store.EnsureShop(new Shop("private", "Nobody consents"));
                using (var session = store.BeginImport("private"))
                {
                    // Orders of customers who refused personalization: nothing a recommender may learn from.
                    session.UpsertCustomers([new Customer("p1", DateTimeOffset.UtcNow, null, null, null, new Consent(false, false, true))]);
                    session.UpsertItems([new Item("x1", ItemKind.Product, "Thing", null, null, [], 3m, null, null, true, null, DateTimeOffset.UtcNow)]);
                    session.UpsertOrders([new Order("o1", "p1", DateTimeOffset.UtcNow, null, null, [new OrderLine(1, "x1", 1, 3m)])]);
                    session.Commit();
                }

                owner = CreateKey(store, "default", ApiScope.Admin);
                privateShop = CreateKey(store, "private", ApiScope.Admin);
            },
            options => options with { TrainEvery = TimeSpan.FromSeconds(1) });
        using var admin = server.With(owner);
        using var privateAdmin = server.With(privateShop);

        var first = await WaitForAsync(admin, "/api/v1/models", models => Versions(models).Contains(1));
        var failed = await WaitForAsync(privateAdmin, "/api/v1/jobs", jobs => jobs.EnumerateArray().Any(j => j.GetProperty("status").GetString() == "failed"));
        var posted = await server.With(owner).PostAsync(Url("/api/v1/events"), JsonBody(
            $$"""{"type":"view","customerId":"{{Simulated.Customers[0].ExternalId}}","itemId":"{{Simulated.Items[0].ExternalId}}"}"""));
        var second = await WaitForAsync(admin, "/api/v1/models", models => Versions(models).Contains(2));
        await Task.Delay(TimeSpan.FromSeconds(3)); // three more ticks with nothing new
        var later = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/models"));

        Assert.True(posted.IsSuccessStatusCode);
        Assert.Equal([1], Versions(first));
        Assert.Equal([2, 1], Versions(second));
        Assert.Equal([2, 1], Versions(later));
        var failure = failed.EnumerateArray().First(j => j.GetProperty("status").GetString() == "failed");
        Assert.Contains("no orders or events to learn from", failure.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(Versions(await privateAdmin.GetFromJsonAsync<JsonElement>(Url("/api/v1/models"))));
    }

    private static int[] Versions(JsonElement models) =>
        models.EnumerateArray().Where(m => m.GetProperty("kind").GetString() == "recommender").Select(m => m.GetProperty("version").GetInt32()).ToArray();

    private static async Task<JsonElement> WaitForAsync(HttpClient client, string path, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var answer = await client.GetFromJsonAsync<JsonElement>(Url(path));
            if (done(answer))
            {
                return answer;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{path} never showed what the test waited for.");
    }
}
