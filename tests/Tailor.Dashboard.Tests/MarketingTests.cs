using System.Globalization;
using Microsoft.Playwright;
using Tailor.Data.Sqlite;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class MarketingTests(DashboardFixture dashboard)
{
    // The curves are fitted in the background (with bootstrap refits); the page reloads itself until they are done.
    private static readonly LocatorAssertionsToBeVisibleOptions FitDone = new() { Timeout = 240_000 };

    [Fact]
    public async Task The_marketing_page_shows_every_channel_s_response_curve_with_its_interval_an_audience_and_a_send_time_heat_map()
    {
        var page = await dashboard.SignedInAsync();
        List<string> channels;
        long customers;
        using (var store = SqliteStore.Open(dashboard.DbPath))
        {
            channels = [.. store.ReadSpend(DashboardFixture.ShopId).Select(s => s.Channel).Distinct().Order(StringComparer.Ordinal)];
            customers = store.GetStats(DashboardFixture.ShopId).Customers;
        }

        await page.GotoAsync("/marketing");
        await Assertions.Expect(page.Locator("section.curves")).ToBeVisibleAsync(FitDone);
        await Assertions.Expect(page.Locator("section.people table.heat")).ToBeVisibleAsync(FitDone);

        Assert.NotEmpty(channels);
        var cards = page.Locator("section.curve");
        Assert.Equal(channels, (await cards.Locator("h3").AllInnerTextsAsync()).Order(StringComparer.Ordinal).ToList());
        for (var i = 0; i < channels.Count; i++)
        {
            // Each curve is SVG drawn on the server: the expected line, the bootstrap band around it and today's spend.
            var card = cards.Nth(i);
            Assert.Equal(1, await card.Locator("svg path.line.expected").CountAsync());
            Assert.Equal(1, await card.Locator("svg path.band").CountAsync());
            Assert.Equal(1, await card.Locator("svg g.marker").CountAsync());
            Assert.Contains(" a day", await card.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("bootstrap refits", await page.Locator("section.curves").InnerTextAsync(), StringComparison.Ordinal);
        var contact = await page.Locator(".stat:has(.label:text-is('Contact'))").InnerTextAsync();
        Assert.Contains($"of {customers.ToString("N0", CultureInfo.InvariantCulture)} customers", contact, StringComparison.Ordinal);
        Assert.True(await page.Locator("table.audience tbody tr").CountAsync() > 0);
        Assert.Contains("customers", await page.Locator("p.cutoff").InnerTextAsync(), StringComparison.Ordinal); // why the list ends where it does

        // The heat map: 7 weekdays of 24 hours, some with an open rate.
        Assert.Equal(7, await page.Locator("table.heat tbody tr").CountAsync());
        Assert.Equal(7 * 24, await page.Locator("table.heat tbody td").CountAsync());
        var rates = (await page.Locator("table.heat tbody td").AllInnerTextsAsync()).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(rates);
        Assert.All(rates, r => Assert.InRange(int.Parse(r, CultureInfo.InvariantCulture), 0, 100));
        Assert.Contains("Frequency cap", await page.Locator("section.people").InnerTextAsync(), StringComparison.Ordinal);
        await DashboardFixture.ScreenshotAsync(page, "marketing");
    }

    [Fact]
    public async Task Stored_lift_tests_calibrate_the_curves_and_are_listed_with_what_the_curves_say()
    {
        var page = await dashboard.SignedInAsync();
        DateOnly end;
        using (var store = SqliteStore.Open(dashboard.DbPath))
        {
            end = store.ReadSpend(DashboardFixture.ShopId).Max(s => s.Date).AddDays(-14);
            store.SaveLiftTest(DashboardFixture.ShopId, new Tailor.Marketing.LiftTest("search", end.AddDays(-27), end, 2.5, 0.8));
        }

        try
        {
            await page.GotoAsync("/marketing");
            await Assertions.Expect(page.Locator("ul.lift-tests li")).ToBeVisibleAsync(FitDone);

            var item = await page.Locator("ul.lift-tests li").InnerTextAsync();
            Assert.StartsWith($"search, {end.AddDays(-27):yyyy-MM-dd} to {end:yyyy-MM-dd}: measured 2.5 ± 0.8 orders a day; the curves say ", item, StringComparison.Ordinal);
        }
        finally
        {
            using var store = SqliteStore.Open(dashboard.DbPath);
            store.DeleteLiftTest(DashboardFixture.ShopId, "search", end.AddDays(-27), end);
        }
    }

    [Fact]
    public async Task The_budget_planner_splits_the_daily_budget_over_the_channels_and_gives_the_expected_outcome_with_its_interval()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/marketing");
        await Assertions.Expect(page.Locator("section.planner")).ToBeVisibleAsync(FitDone);
        var channels = await page.Locator("section.curve h3").AllInnerTextsAsync();

        await page.GetByLabel("Daily budget").FillAsync("150");
        await page.GetByLabel("Aim").SelectOptionAsync("max-response");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("section.planner .plan")).ToBeVisibleAsync(FitDone);
        Assert.Contains("budget=150", page.Url, StringComparison.Ordinal);
        var rows = page.Locator(".plan tr[data-channel]");
        Assert.Equal(channels.Order(StringComparer.Ordinal), (await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.channel)")).Order(StringComparer.Ordinal));
        var planned = (await rows.Locator("td.planned").AllInnerTextsAsync()).Select(Amount).ToList();
        Assert.All(planned, p => Assert.True(p >= 0));
        // Every channel's daily spend is rounded to cents: the sum is the budget within a cent per channel.
        Assert.InRange(planned.Sum(), 150 - (0.01 * planned.Count), 150 + (0.01 * planned.Count));
        var outcome = await page.Locator(".plan .stat:has(.label:text-matches('Expected incremental orders'))").InnerTextAsync();
        Assert.Matches(@"interval [\d,]+ to [\d,]+", outcome);
        await DashboardFixture.ScreenshotAsync(page, "marketing-plan");
    }

    [Fact]
    public async Task Aiming_for_profit_plans_no_more_than_the_budget_and_gives_the_expected_profit()
    {
        var page = await dashboard.SignedInAsync();

        await page.GotoAsync("/marketing?budget=400&objective=max-profit");
        await Assertions.Expect(page.Locator("section.planner .plan")).ToBeVisibleAsync(FitDone);

        // The demo's items have costs, so the margin is known; spending stops where it no longer pays.
        var planned = (await page.Locator(".plan tr[data-channel] td.planned").AllInnerTextsAsync()).Select(Amount).ToList();
        Assert.True(planned.Sum() <= 400 + (0.01 * planned.Count));
        Assert.Equal("max-profit", await page.GetByLabel("Aim").InputValueAsync());
        Assert.Matches(@"interval -?[\d,]+ to -?[\d,]+", await page.Locator(".plan .stat:has(.label:text-is('Expected profit'))").InnerTextAsync());
    }

    [Fact]
    public async Task A_budget_that_is_not_positive_is_refused_with_a_reason()
    {
        var page = await dashboard.SignedInAsync();

        await page.GotoAsync("/marketing?budget=0&objective=max-response");
        await Assertions.Expect(page.Locator("section.planner")).ToBeVisibleAsync(FitDone);

        Assert.Equal("Enter a daily budget above 0.", await page.Locator("section.planner [role=alert]").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".plan").CountAsync());
    }

    [Fact]
    public async Task A_shop_without_data_is_told_to_import_orders_spend_and_campaigns()
    {
        var page = await EmptyShopAsync(dashboard);

        await page.GotoAsync("/marketing");

        var empty = await page.Locator(".empty").AllInnerTextsAsync();
        Assert.Equal(2, empty.Count);
        Assert.Contains("tailor import spend", empty[0], StringComparison.Ordinal);
        Assert.Contains("tailor import campaigns", empty[1], StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main svg").CountAsync());
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_only_wide_tables_scroll_inside_their_frame()
    {
        var page = await dashboard.SignedInAsync(width: 390, height: 844);

        await page.GotoAsync("/marketing");
        await Assertions.Expect(page.Locator("section.curves")).ToBeVisibleAsync(FitDone);

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page is wider than a phone's screen.");
        var chart = await page.Locator("figure.band-chart svg").First.BoundingBoxAsync();
        Assert.NotNull(chart);
        Assert.InRange(chart.Width, 250, 390);
    }

    /// <summary>A page signed in with the admin key of the shop that has no data.</summary>
    internal static async Task<IPage> EmptyShopAsync(DashboardFixture dashboard)
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Admin API key").FillAsync(dashboard.EmptyShopAdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(dashboard.Address, "/").ToString());
        return page;
    }

    // "100.99 EUR" -> 100.99
    private static double Amount(string text) => double.Parse(text.Split(' ')[0], NumberStyles.Number, CultureInfo.InvariantCulture);
}
