using System.Globalization;
using Microsoft.Playwright;
using Tailor.Customers;
using Tailor.Data.Sqlite;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class SegmentsTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_page_shows_the_rfm_grid_segments_and_clusters_with_the_store_s_counts()
    {
        IReadOnlyList<SegmentCell> cells;
        IReadOnlyDictionary<string, int> counts;
        using (var store = SqliteStore.Open(dashboard.DbPath))
        {
            cells = store.ReadSegmentCells(DashboardFixture.ShopId);
            counts = store.CountCustomerInsights(DashboardFixture.ShopId, SegmentPreset.Rfm11);
        }

        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/segments");

        Assert.Equal("Segments", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(Count(counts.Values.Sum()), await page.Locator(".stat:has(.label:text-is('Customers analysed')) b").InnerTextAsync());

        // The heat map: 25 cells, each naming its customers; the cell with most customers holds the store's count.
        var grid = page.Locator("#rfm-grid svg");
        Assert.Equal(25, await grid.Locator("g.cell").CountAsync());
        var cellCounts = (await grid.Locator("text.count").AllTextContentsAsync()).Select(t => int.Parse(t, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.Values.Sum(), cellCounts.Sum());
        var busiest = cells.GroupBy(c => (c.R, c.F)).Max(g => g.Sum(c => c.Customers));
        Assert.Equal(busiest, cellCounts.Max());

        // Every RFM segment with customers is a row with the store's count.
        var rows = page.Locator("table.segments tbody tr");
        foreach (var (segment, count) in counts)
        {
            var row = rows.Filter(new LocatorFilterOptions { Has = page.Locator($"td:first-child:text-is(\"{segment}\")") });
            Assert.Equal(Count(count), await row.Locator("td").Nth(1).InnerTextAsync());
        }

        // Clusters: a bar per cluster, each with a description.
        var clusterRows = page.Locator("table.clusters tbody tr");
        var clusters = await clusterRows.CountAsync();
        Assert.InRange(clusters, 2, 10);
        Assert.Equal(clusters, await page.Locator("#clusters .mud-chart svg path.mud-chart-bar").CountAsync());
        Assert.All(await clusterRows.Locator("td:nth-child(2)").AllInnerTextsAsync(), d => Assert.False(string.IsNullOrWhiteSpace(d)));
        await DashboardFixture.ScreenshotAsync(page, "segments");
    }

    [Fact]
    public async Task A_segment_s_export_downloads_its_customers_as_csv()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/segments");
        var row = page.Locator("table.segments tbody tr").First;
        var segment = await row.Locator("td").First.InnerTextAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "all", Exact = true }).ClickAsync());
        var lines = await File.ReadAllLinesAsync((await download.PathAsync())!);

        Assert.StartsWith("customer_id,email,country,region,segment,r,f,m,cluster,clv,churn_probability", lines[0], StringComparison.Ordinal);
        using var store = SqliteStore.Open(dashboard.DbPath);
        Assert.Equal(store.CountCustomerInsights(DashboardFixture.ShopId, SegmentPreset.Rfm11)[segment], lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Equal(segment, l.Split(',')[4].Trim('"')));
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shop_without_orders_is_told_what_to_import_and_cannot_download_another_shop_s_segment()
    {
        var page = await dashboard.SignedInWithKeyAsync(dashboard.EmptyShopAdminKey);

        await page.GotoAsync("/segments");

        Assert.Equal("No orders yet", await page.Locator(".empty h2").InnerTextAsync());
        Assert.Contains("Import orders with customer ids", await page.Locator(".empty").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main svg").CountAsync());

        // The demo shop's segments cannot be downloaded from another shop's sign-in.
        var export = await page.APIRequest.GetAsync("/segments/export?preset=rfm11&name=Champions&consent=any");
        Assert.Equal(404, export.Status);
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
