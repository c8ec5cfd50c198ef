using System.Net;
using Tailor.Data;
using Tailor.Data.Sqlite;

namespace Tailor.Server.Tests;

/// <summary>The dashboard's sign-in, over HTTP: who gets in, what the cookie reaches, and what survives a restart.</summary>
public sealed class DashboardTests
{
    private const string Password = "a long enough password";

    /// <summary>Keys of the seeded database: an admin and a read key of shop A, an admin key of shop B.</summary>
    private sealed record Keys(string Admin, string Read, string Other);

    private static async Task<(RunningServer Server, Keys Keys)> StartAsync()
    {
        Keys? keys = null;
        var server = await RunningServer.StartAsync(store => keys = Seed(store));
        return (server, keys!);
    }

    private static Keys Seed(ITailorStore store)
    {
        store.EnsureShop(new Shop("default", "Shop A"));
        store.EnsureShop(new Shop("b", "Shop B"));
        var keys = new Keys(ApiClient.CreateKey(store, "default", ApiScope.Admin), ApiClient.CreateKey(store, "default", ApiScope.Read),
            ApiClient.CreateKey(store, "b", ApiScope.Admin));
        // Few iterations keep the test fast; the format and check are those of real hashes.
        store.AddDashboardUser("default", "Owner", PasswordHash.Create(Password, iterations: 1000));
        new Data.Csv.CsvImporter(store).Import("default", DataKind.Customers, WriteTemp("customer_id,country\nalice,FR\n"));
        return keys;
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tailor-dashboard-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/customers")]
    [InlineData("/recommendations")]
    [InlineData("/data")]
    [InlineData("/segments")]
    [InlineData("/data/export/customers")]
    [InlineData("/experiments")]
    [InlineData("/segments/export?preset=rfm11&name=Champions")]
    public async Task Every_page_sends_a_visitor_to_sign_in(string path)
    {
        await using var server = await RunningServer.StartAsync();
        using var session = DashboardSession.Anonymous(server);

        var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_signs_in_to_its_own_shop_and_a_wrong_one_or_a_read_key_does_not()
    {
        var (server, keys) = await StartAsync();
        await using var running = server;

        var (good, goodResponse) = await DashboardSession.SignInAsync(server, name: "owner", password: Password);
        var (_, wrongResponse) = await DashboardSession.SignInAsync(server, name: "Owner", password: "not " + Password);
        var (_, readResponse) = await DashboardSession.SignInAsync(server, key: keys.Read);
        using var signedIn = good;

        Assert.Equal(HttpStatusCode.Redirect, goodResponse.StatusCode);
        Assert.Equal("/", goodResponse.Headers.Location!.AbsolutePath);
        Assert.Contains("Shop A", await signedIn.Client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrongResponse.StatusCode);
        Assert.Contains("The name or password is wrong.", await wrongResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("needs an admin key", await readResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_shop_s_admin_key_sees_that_shop_only()
    {
        var (server, keys) = await StartAsync();
        await using var running = server;
        using var shopB = (await DashboardSession.SignInAsync(server, key: keys.Other)).Session;

        var customers = await shopB.Client.GetStringAsync(new Uri("/customers?q=alice", UriKind.Relative));
        var alice = await shopB.Client.GetStringAsync(new Uri("/customers/alice", UriKind.Relative));
        var export = await shopB.Client.GetStringAsync(new Uri("/data/export/customers", UriKind.Relative));

        Assert.Contains("No customer's id, country or region contains “alice”", customers, StringComparison.Ordinal);
        Assert.DoesNotContain("/customers/alice", customers, StringComparison.Ordinal);
        Assert.Contains("Not known to this shop", alice, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", export, StringComparison.Ordinal);
        Assert.StartsWith("customer_id,", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_does_not_open_the_api()
    {
        var (server, keys) = await StartAsync();
        await using var running = server;
        using var signedIn = (await DashboardSession.SignInAsync(server, key: keys.Admin)).Session;

        var api = await signedIn.Client.GetAsync(new Uri("/api/v1/models", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        var (server, keys) = await StartAsync();
        await using var running = server;
        using var signedIn = (await DashboardSession.SignInAsync(server, key: keys.Admin)).Session;

        var login = await signedIn.Client.PostAsync(new Uri("/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login", ["Form.Key"] = keys.Admin }));
        var train = await signedIn.Client.PostAsync(new Uri("/train", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, train.StatusCode);
    }

    [Fact]
    public async Task The_overview_s_sales_follow_new_orders_at_once()
    {
        var (server, keys) = await StartAsync();
        await using var running = server;
        using var signedIn = (await DashboardSession.SignInAsync(server, key: keys.Admin)).Session;
        using (var store = SqliteStore.Open(server.DbPath))
        {
            new Data.Csv.CsvImporter(store).Import("default", DataKind.Orders,
                WriteTemp("order_id,timestamp,item_id,quantity,unit_price\no1,2024-03-01T10:00:00Z,mug-1,1,5\n"));
        }

        var before = await signedIn.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        using (var store = SqliteStore.Open(server.DbPath))
        {
            new Data.Csv.CsvImporter(store).Import("default", DataKind.Orders,
                WriteTemp("order_id,timestamp,item_id,quantity,unit_price\no2,2024-03-02T10:00:00Z,vase-1,1,50\n"));
        }

        var after = await signedIn.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("mug-1", before, StringComparison.Ordinal);
        Assert.DoesNotContain("vase-1", before, StringComparison.Ordinal);
        Assert.Contains("vase-1", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_because_the_cookie_keys_live_in_the_database()
    {
        var directory = Directory.CreateTempSubdirectory("tailor-dashboard-restart-");
        var dbPath = Path.Combine(directory.FullName, "tailor.db");
        Keys keys;
        using (var store = SqliteStore.Open(dbPath))
        {
            keys = Seed(store);
        }

        try
        {
            DashboardSession signedIn;
            await using (var first = await RunningServer.StartAsync(configure: o => o with { DbPath = dbPath }))
            {
                (signedIn, _) = await DashboardSession.SignInAsync(first, key: keys.Admin);
            }

            using (var store = SqliteStore.Open(dbPath))
            {
                Assert.NotEmpty(store.ReadDashboardKeys());
            }

            await using var second = await RunningServer.StartAsync(configure: o => o with { DbPath = dbPath });
            using var again = signedIn.On(second);

            var page = await again.Client.GetAsync(new Uri("/", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Shop A", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            signedIn.Dispose();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
