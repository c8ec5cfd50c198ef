using System.Net;
using Tailor.Data;
using Tailor.Data.Sqlite;

namespace Tailor.Server.Tests;

/// <summary>The dashboard's sign-in, over HTTP: who gets in, what the cookie reaches, and what survives a restart.</summary>
public sealed class DashboardTests
{
    private const string Password = "a long enough password";

    private static void Seed(ITailorStore store, out string adminKey, out string readKey, out string otherShopKey)
    {
        store.EnsureShop(new Shop("default", "Shop A"));
        store.EnsureShop(new Shop("b", "Shop B"));
        adminKey = ApiClient.CreateKey(store, "default", ApiScope.Admin);
        readKey = ApiClient.CreateKey(store, "default", ApiScope.Read);
        otherShopKey = ApiClient.CreateKey(store, "b", ApiScope.Admin);
        // Few iterations keep the test fast; the format and check are those of real hashes.
        store.AddDashboardUser("default", "Owner", PasswordHash.Create(Password, iterations: 1000));
        new Data.Csv.CsvImporter(store).Import("default", DataKind.Customers, WriteTemp("customer_id,country\nalice,FR\n"));
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
        string admin = "", read = "", other = "";
        await using var server = await RunningServer.StartAsync(store => Seed(store, out admin, out read, out other));

        var (good, goodResponse) = await DashboardSession.SignInAsync(server, name: "owner", password: Password);
        var (_, wrongResponse) = await DashboardSession.SignInAsync(server, name: "Owner", password: "not " + Password);
        var (_, readResponse) = await DashboardSession.SignInAsync(server, key: read);
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
        string admin = "", read = "", other = "";
        await using var server = await RunningServer.StartAsync(store => Seed(store, out admin, out read, out other));
        var (session, _) = await DashboardSession.SignInAsync(server, key: other);
        using var shopB = session;

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
        string admin = "", read = "", other = "";
        await using var server = await RunningServer.StartAsync(store => Seed(store, out admin, out read, out other));
        var (session, _) = await DashboardSession.SignInAsync(server, key: admin);
        using var signedIn = session;

        var api = await signedIn.Client.GetAsync(new Uri("/api/v1/models", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        string admin = "", read = "", other = "";
        await using var server = await RunningServer.StartAsync(store => Seed(store, out admin, out read, out other));
        var (session, _) = await DashboardSession.SignInAsync(server, key: admin);
        using var signedIn = session;

        var login = await signedIn.Client.PostAsync(new Uri("/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login", ["Form.Key"] = admin }));
        var train = await signedIn.Client.PostAsync(new Uri("/train", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, train.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_because_the_cookie_keys_live_in_the_database()
    {
        var directory = Directory.CreateTempSubdirectory("tailor-dashboard-restart-");
        var dbPath = Path.Combine(directory.FullName, "tailor.db");
        string admin, read, other;
        using (var store = SqliteStore.Open(dbPath))
        {
            Seed(store, out admin, out read, out other);
        }

        try
        {
            DashboardSession signedIn;
            await using (var first = await RunningServer.StartAsync(configure: o => o with { DbPath = dbPath }))
            {
                (signedIn, _) = await DashboardSession.SignInAsync(first, key: admin);
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
