using Microsoft.Playwright;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class CustomerTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Searching_finds_a_customer_whose_profile_shows_history_consent_and_explained_recommendations()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/customers");
        await DashboardFixture.ScreenshotAsync(page, "customers");

        await page.GetByLabel("Search customers").FillAsync(dashboard.CustomerId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = dashboard.CustomerId, Exact = true }).ClickAsync();

        Assert.Equal($"Customer {dashboard.CustomerId}", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Personalization: yes", await page.Locator("ul.consent").InnerTextAsync(), StringComparison.Ordinal);
        var orders = page.Locator("section:has(h2:text-is('Orders')) tbody tr");
        Assert.True(await orders.CountAsync() >= 2);
        var recommendations = page.Locator("section:has(h2:text-is('Recommended now')) ol.recs li");
        Assert.Equal(10, await recommendations.CountAsync());
        var reasons = await page.Locator("section:has(h2:text-is('Recommended now')) .reason").AllInnerTextsAsync();
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        Assert.Contains(reasons, r => r.StartsWith("Because you", StringComparison.Ordinal));

        // Segment, cluster, lifetime value and churn risk as customer analytics stored them.
        Tailor.Customers.CustomerInsight insight;
        using (var store = Tailor.Data.Sqlite.SqliteStore.Open(dashboard.DbPath))
        {
            insight = store.ReadCustomerInsight(DashboardFixture.ShopId, dashboard.CustomerId)!;
        }

        var card = page.Locator("#insight");
        Assert.Equal(insight.Rfm.Rfm11, await card.Locator("b.segment").InnerTextAsync());
        Assert.StartsWith($"{insight.Cluster!.Value + 1}: ", await card.Locator("dd.cluster").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(insight.Value!.LifetimeValue.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), await card.Locator("dd.clv").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith(insight.Churn!.Probability.ToString("P1", System.Globalization.CultureInfo.InvariantCulture), await card.Locator("dd.churn").InnerTextAsync(), StringComparison.Ordinal);
        await DashboardFixture.ScreenshotAsync(page, "customer");
    }

    [Fact]
    public async Task The_what_if_preview_shows_the_list_after_one_more_view_and_records_nothing()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync($"/customers/{dashboard.CustomerId}");
        var eventsBefore = await page.Locator("section:has(h2:text-is('Activity')) p.muted").InnerTextAsync();

        await page.GetByLabel("Item viewed").FillAsync(dashboard.TopItem.ExternalId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        var preview = page.Locator("#what-if");
        Assert.Contains($"If this customer viewed {dashboard.TopItem.Title} now", await preview.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(10, await preview.Locator("ol.recs li").CountAsync());
        Assert.Equal(eventsBefore, await page.Locator("section:has(h2:text-is('Activity')) p.muted").InnerTextAsync());
        await DashboardFixture.ScreenshotAsync(page, "customer-what-if");
    }

    [Fact]
    public async Task An_unknown_customer_is_reported_as_not_known()
    {
        var page = await dashboard.SignedInAsync();

        await page.GotoAsync("/customers/no-such-customer");

        Assert.Contains("No customer has the id “no-such-customer”", await page.Locator(".empty").InnerTextAsync(), StringComparison.Ordinal);
    }
}
