using Microsoft.Playwright;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Sqlite;
using Tailor.Experiments;
using Tailor.Recommend.Training;
using Tailor.Server;
using Tailor.Simulation;

namespace Tailor.Dashboard.Tests;

/// <summary>
/// The real server on a free loopback port over a real SQLite file holding a simulated shop (the demo,
/// smaller), trained; a second shop with no data; and Debian's chromium driven headless by Playwright.
/// Shared by every browser test: the shop is built once.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string ShopId = "default";
    public const string EmptyShopId = "empty";
    public const string UserName = "owner";
    public const string Password = "correct horse battery";

    /// <summary>Where Debian installs chromium (.ci/run installs it); Playwright downloads no browser of its own.</summary>
    private const string Chromium = "/usr/bin/chromium";

    private readonly CancellationTokenSource _stop = new();
    private Task? _server;
    private IPlaywright? _playwright;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "tailor-dashboard-tests", Guid.NewGuid().ToString("N"));

    public string DbPath => Path.Combine(Directory, "tailor.db");

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>An admin key of the shop without data.</summary>
    public string EmptyShopAdminKey { get; private set; } = "";

    /// <summary>A read-only key of the demo shop: not enough for the dashboard.</summary>
    public string ReadKey { get; private set; } = "";

    /// <summary>A customer of the demo shop with orders and consent to personalization and analytics.</summary>
    public string CustomerId { get; private set; } = "";

    /// <summary>The demo shop's experiment, made from its newest email A/B campaign.</summary>
    public string CampaignExperiment { get; private set; } = "";

    /// <summary>The demo shop's best-selling item.</summary>
    public Item TopItem { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        using (var store = SqliteStore.Open(DbPath))
        {
            Seed(store);
        }

        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new TailorServerOptions { DbPath = DbPath, Urls = "http://127.0.0.1:0", TrainEvery = TimeSpan.Zero };
        _server = TailorServer.RunAsync(options, addresses => started.SetResult(addresses[0]), _stop.Token);
        if (await Task.WhenAny(started.Task, _server) == _server)
        {
            await _server; // surfaces the start-up failure
        }

        Address = new Uri(await started.Task);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    private void Seed(SqliteStore store)
    {
        // The demo's simulator with fewer customers and items and one year, so the shop trains in seconds.
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { ShopId = ShopId, Customers = 400, Items = 150, Days = 365 });
        store.EnsureShop(shop.Shop with { Name = "Demo gift shop" });
        ShopDataWriter.Write(store, ShopId, shop.Data);
        RecommenderTraining.TrainAndStore(store, ShopId, new RecommenderTrainingOptions());
        Assert.NotNull(CustomerAnalytics.TrainAndStore(store, ShopId, new CustomerAnalyticsOptions()));
        // The demo's kind of experiment: an email A/B campaign's subject lines judged on opens (the largest such campaign).
        var campaign = shop.Data.CampaignSends.Where(s => s.Variant is not null).GroupBy(s => s.CampaignId)
            .Where(g => g.Select(s => s.Variant).Distinct().Count() > 1).MaxBy(g => g.Count())!.Key;
        CampaignExperiment = new ExperimentService(store).FromCampaign(ShopId, campaign, CampaignOutcome.Opened, DateTimeOffset.UtcNow).Key;
        Assert.True(store.AddDashboardUser(ShopId, UserName, PasswordHash.Create(Password)));

        var since = shop.Data.Orders.Max(o => o.Timestamp).AddDays(-90);
        var top = store.ReadTopItems(ShopId, since, 1)[0];
        TopItem = store.ReadItems(ShopId).Single(i => i.ExternalId == top.ItemId);
        CustomerId = store.SearchCustomers(ShopId, null, 100)
            .Select(c => store.ReadCustomerActivity(ShopId, c.CustomerId)!)
            .First(a => a.Customer.Consent.Personalization && a.Customer.Consent.Analytics && a.Orders.Count >= 2 && a.Events.Count > 0).Customer.ExternalId;

        store.EnsureShop(new Shop(EmptyShopId, "Empty shop"));
        EmptyShopAdminKey = NewKey(store, EmptyShopId, ApiScope.Admin);
        ReadKey = NewKey(store, ShopId, ApiScope.Read);
    }

    private static string NewKey(SqliteStore store, string shopId, ApiScope scope)
    {
        var key = ApiKey.Generate();
        store.SaveApiKey(shopId, ApiKey.Hash(key), ApiKey.DisplayPrefix(key), scope, "dashboard test");
        return key;
    }

    /// <summary>A fresh browser context (no cookies) and page on the server.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as the demo shop's owner with name and password.</summary>
    public async Task<IPage> SignedInAsync(int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/login");
        await page.GetByLabel("Name").FillAsync(UserName);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(Address, "/").ToString());
        return page;
    }

    /// <summary>A page signed in with an admin API key.</summary>
    public async Task<IPage> SignedInWithKeyAsync(string key)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Admin API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(Address, "/").ToString());
        return page;
    }

    /// <summary>
    /// Saves a full-page screenshot in the test output; with TAILOR_UPDATE_SCREENSHOTS=1 also in
    /// docs/screenshots, the copies the README links to.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var shot = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        var local = Path.Combine(AppContext.BaseDirectory, "screenshots");
        System.IO.Directory.CreateDirectory(local);
        await File.WriteAllBytesAsync(Path.Combine(local, name + ".png"), shot);
        if (Environment.GetEnvironmentVariable("TAILOR_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "screenshots");
            System.IO.Directory.CreateDirectory(docs);
            await File.WriteAllBytesAsync(Path.Combine(docs, name + ".png"), shot);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tailor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the Tailor repository.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _stop.CancelAsync();
        if (_server is not null)
        {
            await _server;
        }

        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
