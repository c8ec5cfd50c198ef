using System.Globalization;
using Microsoft.Playwright;
using Tailor.Data.Sqlite;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class OperationsTests(DashboardFixture dashboard)
{
    // Forecasts and the purchase list are computed in the background; the page reloads itself until they are done.
    private static readonly LocatorAssertionsToBeVisibleOptions Done = new() { Timeout = 240_000 };

    [Fact]
    public async Task The_operations_page_shows_the_shop_forecast_the_purchase_list_and_a_staffing_heat_map()
    {
        var page = await dashboard.SignedInAsync();
        HashSet<string> titles;
        using (var store = SqliteStore.Open(dashboard.DbPath))
        {
            titles = [.. store.ReadItems(DashboardFixture.ShopId).Select(i => i.Title)];
        }

        await page.GotoAsync("/operations");
        await Assertions.Expect(page.Locator("section.forecasts figure.band-chart")).ToBeVisibleAsync(Done);
        await Assertions.Expect(page.Locator("section.purchases table, section.purchases .empty")).ToBeVisibleAsync(Done);
        await Assertions.Expect(page.Locator("section.staffing table.heat")).ToBeVisibleAsync(Done);

        Assert.Equal("The whole shop", await page.Locator("section.forecasts h3").InnerTextAsync());
        await AssertForecastAsync(page);

        // The demo's items have stock and cost: some need ordering, each line names a catalogue item with a reason.
        var lines = page.Locator("table.purchases tbody tr");
        Assert.True(await lines.CountAsync() > 0);
        var first = await lines.First.Locator("td").AllInnerTextsAsync();
        Assert.Contains(titles, t => first[0].StartsWith(t, StringComparison.Ordinal));
        Assert.True(int.Parse(first[1], NumberStyles.Number, CultureInfo.InvariantCulture) > 0);
        Assert.False(string.IsNullOrWhiteSpace(first[5]), "a purchase line without its reason");

        // Staffing: a week of hours, busy hours numbered with the staff they need, and a line per day.
        Assert.Equal(7 * 24, await page.Locator("section.staffing table.heat tbody td").CountAsync());
        var staff = (await page.Locator("section.staffing table.heat tbody td").AllInnerTextsAsync()).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(staff);
        Assert.All(staff, s => Assert.True(int.Parse(s, CultureInfo.InvariantCulture) >= 1));
        Assert.Equal(7, await page.Locator("table.staffing tbody tr").CountAsync());
        await DashboardFixture.ScreenshotAsync(page, "operations");
    }

    [Fact]
    public async Task Choosing_an_item_shows_its_forecast_with_its_intervals()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/operations");
        await Assertions.Expect(page.Locator("section.forecasts figure.band-chart")).ToBeVisibleAsync(Done);
        var item = dashboard.TopItem;

        await page.Locator("select[name=series]").SelectOptionAsync(new SelectOptionValue { Label = $"{item.Title} ({item.ExternalId})" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page.Locator("section.forecasts h3")).ToHaveTextAsync($"{item.Title} ({item.ExternalId})", new() { Timeout = 240_000 });
        await Assertions.Expect(page.Locator("section.forecasts figure.band-chart")).ToBeVisibleAsync(Done);
        Assert.Contains($"series=item%3A{item.ExternalId}", page.Url, StringComparison.Ordinal);
        await AssertForecastAsync(page);
        await DashboardFixture.ScreenshotAsync(page, "operations-item");
    }

    [Fact]
    public async Task A_category_can_be_forecast_and_an_unknown_series_is_refused()
    {
        var page = await dashboard.SignedInAsync();
        var category = dashboard.TopItem.Category!;

        await page.GotoAsync($"/operations?series=category:{Uri.EscapeDataString(category)}");
        await Assertions.Expect(page.Locator("section.forecasts h3")).ToHaveTextAsync($"Category {category}", new() { Timeout = 240_000 });
        await AssertForecastAsync(page);

        await page.GotoAsync("/operations?series=item:NO-SUCH-ITEM");
        Assert.Contains("is not an item or category with sales", await page.Locator("section.forecasts [role=alert]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shop_without_orders_is_told_to_import_them()
    {
        var page = await MarketingTests.EmptyShopAsync(dashboard);

        await page.GotoAsync("/operations");

        Assert.Equal("No orders yet", await page.Locator(".empty h2").InnerTextAsync());
        Assert.Contains("tailor import orders", await page.Locator(".empty").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_only_wide_tables_scroll_inside_their_frame()
    {
        var page = await dashboard.SignedInAsync(width: 390, height: 844);

        await page.GotoAsync("/operations");
        await Assertions.Expect(page.Locator("section.forecasts figure.band-chart")).ToBeVisibleAsync(Done);

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        var wide = await page.EvaluateAsync<string>("[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-wrap')).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.False(overflow, "The page is wider than a phone's screen: " + wide);
        var chart = await page.Locator("figure.band-chart svg").First.BoundingBoxAsync();
        Assert.NotNull(chart);
        Assert.InRange(chart.Width, 250, 390);
    }

    /// <summary>The chart has history, a forecast and its two bands; the first week's figures sit inside their intervals.</summary>
    private static async Task AssertForecastAsync(IPage page)
    {
        var chart = page.Locator("section.forecasts figure.band-chart svg");
        Assert.Equal(1, await chart.Locator("path.line.history").CountAsync());
        Assert.Equal(1, await chart.Locator("path.line.expected").CountAsync());
        Assert.Equal(1, await chart.Locator("path.band.p80").CountAsync());
        Assert.Equal(1, await chart.Locator("path.band.p95").CountAsync());
        var rows = page.Locator("table.forecast tbody tr");
        Assert.Equal(7, await rows.CountAsync());
        for (var i = 0; i < 7; i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            var point = Number(cells[1]);
            var (lo80, hi80) = Range(cells[2]);
            var (lo95, hi95) = Range(cells[3]);
            Assert.True(lo95 <= lo80 && lo80 <= point && point <= hi80 && hi80 <= hi95, $"{cells[1]} in {cells[2]} in {cells[3]}");
            Assert.True(hi95 > lo95, "an interval of width zero");
        }
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static (double Low, double High) Range(string text)
    {
        var parts = text.Split('–', StringSplitOptions.TrimEntries);
        return (Number(parts[0]), Number(parts[1]));
    }
}
