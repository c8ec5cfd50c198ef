using System.Globalization;
using Microsoft.Playwright;
using Tailor.Data.Sqlite;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class OverviewTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_overview_shows_the_shop_s_counts_a_revenue_chart_top_products_and_the_model()
    {
        var page = await dashboard.SignedInAsync();
        Tailor.Data.ShopStats stats;
        string currency;
        using (var store = SqliteStore.Open(dashboard.DbPath))
        {
            stats = store.GetStats(DashboardFixture.ShopId);
            currency = store.FindShop(DashboardFixture.ShopId)!.Currency;
        }

        Assert.Equal("Demo gift shop", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(stats.Customers.ToString("N0", CultureInfo.InvariantCulture), await Stat(page, "Customers"));
        Assert.Equal(stats.Orders.ToString("N0", CultureInfo.InvariantCulture), await Stat(page, "Orders"));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{stats.Revenue:N0} {currency}"), await Stat(page, "Revenue"));

        // The chart is SVG drawn on the server: one line with a point per complete week of the year (partial weeks at the ends left out).
        var chart = page.Locator("section.chart svg");
        Assert.Equal(1, await chart.CountAsync());
        Assert.Equal(1, await chart.Locator("path.mud-chart-line").CountAsync());
        var points = await chart.Locator("circle.mud-chart-point").CountAsync();
        Assert.InRange(points, 51, 53);
        Assert.StartsWith("Revenue per week", await page.Locator("section.chart h2").InnerTextAsync(), StringComparison.Ordinal);

        var firstProduct = page.Locator("section:has(h2:text('Top products')) tbody tr").First;
        Assert.Contains(dashboard.TopItem.Title, await firstProduct.InnerTextAsync(), StringComparison.Ordinal);
        var models = page.Locator("section:has(h2:text('Models'))");
        Assert.Contains("recommender", await models.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("NDCG@10", await models.InnerTextAsync(), StringComparison.Ordinal);
        await DashboardFixture.ScreenshotAsync(page, "overview");
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_the_navigation_lists_every_page()
    {
        var page = await dashboard.SignedInAsync(width: 390, height: 844);

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The overview is wider than a phone's screen.");
        var links = await page.Locator("nav.nav a").AllInnerTextsAsync();
        Assert.Equal(8, links.Count);
        foreach (var name in new[] { "Overview", "Customers", "Segments", "Recommendations", "Marketing", "Experiments", "Operations", "Data" })
        {
            Assert.Contains(links, l => l.StartsWith(name, StringComparison.Ordinal));
        }

        await DashboardFixture.ScreenshotAsync(page, "overview-phone");
    }

    [Fact]
    public async Task Train_now_queues_a_training_that_the_overview_lists()
    {
        var page = await dashboard.SignedInAsync();

        await page.Locator("section:has(h2:text('Models'))").GetByRole(AriaRole.Button, new() { Name = "Train now" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(dashboard.Address, "/?training=queued").ToString());
        Assert.Contains("Training queued", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("ul.jobs li").CountAsync());
    }

    private static Task<string> Stat(IPage page, string label) =>
        page.Locator($".stat:has(.label:text-is('{label}')) b").InnerTextAsync();
}
