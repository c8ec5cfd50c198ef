using System.Globalization;
using Microsoft.Playwright;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class RecommendationsTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_page_shows_each_algorithm_s_validation_metrics_with_a_chart()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/recommendations");

        var rows = page.Locator("table.metrics tbody tr");
        var names = await rows.Locator("td:first-child").AllInnerTextsAsync();
        Assert.Equal("blend (serving)", names[0]);
        foreach (var algorithm in new[] { "ease", "item-knn", "als", "popularity", "trending", "content" })
        {
            Assert.Contains(algorithm, names);
        }

        // Every NDCG, coverage and Gini cell holds a number in its range: the stored model recorded them all.
        for (var i = 0; i < names.Count; i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            Assert.InRange(double.Parse(cells[2], CultureInfo.InvariantCulture), 0, 1);
            Assert.EndsWith("%", cells[6], StringComparison.Ordinal);
            Assert.InRange(double.Parse(cells[8], CultureInfo.InvariantCulture), 0, 1);
        }

        // One bar per algorithm and series, drawn as SVG on the server.
        var bars = await page.Locator(".mud-chart svg path.mud-chart-bar").CountAsync();
        Assert.Equal(2 * names.Count, bars);
        await DashboardFixture.ScreenshotAsync(page, "recommendations");
    }

    [Fact]
    public async Task The_similar_items_browser_finds_an_item_and_shows_its_neighbours_with_reasons()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/recommendations");
        var word = dashboard.TopItem.Title.Split(' ')[^1];

        await page.GetByLabel("Find an item").FillAsync(word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.Locator("ul.choices a", new() { HasText = dashboard.TopItem.Title }).First.ClickAsync();

        var similar = page.Locator("#similar");
        Assert.Contains(dashboard.TopItem.Title, await similar.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        var reasons = await similar.Locator(".columns > div:has(h4:text('also liked')) .reason").AllInnerTextsAsync();
        Assert.Equal(10, reasons.Count);
        Assert.All(reasons, r => Assert.Equal($"Similar to {dashboard.TopItem.Title}", r));
        await DashboardFixture.ScreenshotAsync(page, "recommendations-similar");
    }
}
