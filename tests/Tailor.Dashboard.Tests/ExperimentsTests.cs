using System.Globalization;
using Microsoft.Playwright;
using Tailor.Data.Sqlite;
using Tailor.Experiments;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ExperimentsTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_campaign_experiment_shows_each_variant_s_visitors_with_intervals_a_chart_and_a_verdict()
    {
        ExperimentReport report;
        using (var store = SqliteStore.Open(dashboard.DbPath))
        {
            report = new ExperimentService(store).Report(DashboardFixture.ShopId, dashboard.CampaignExperiment, DateTimeOffset.UtcNow);
        }

        var page = await dashboard.SignedInAsync();
        await page.GotoAsync($"/experiments?key={dashboard.CampaignExperiment}");

        Assert.Contains(dashboard.CampaignExperiment, await page.Locator("#list table").InnerTextAsync(), StringComparison.Ordinal);
        var results = page.Locator("#report");
        Assert.Equal($"Results: {dashboard.CampaignExperiment}", await results.Locator("h2").InnerTextAsync());
        var rows = results.Locator("table.variants tbody tr");
        Assert.Equal(report.Variants.Count, await rows.CountAsync());
        for (var i = 0; i < report.Variants.Count; i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            Assert.StartsWith(report.Variants[i].Name, cells[0], StringComparison.Ordinal);
            Assert.Equal(report.Variants[i].Exposures.ToString("N0", CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal(report.Variants[i].Conversions.ToString("N0", CultureInfo.InvariantCulture), cells[2]);
        }

        // The treatment's difference comes with its interval: "x (lo to hi)".
        Assert.Matches(@"\(.+ to .+\)", (await rows.Nth(1).Locator("td").AllInnerTextsAsync())[4]);
        Assert.Equal(report.Variants.Count, await results.Locator(".mud-chart svg path.mud-chart-bar").CountAsync());
        var verdict = await results.Locator(".verdict").InnerTextAsync();
        Assert.Matches("ship|keep it running|Do not act|keep", verdict);
        Assert.Equal(report.Verdict, await results.Locator(".verdict + p.muted").InnerTextAsync());
        await DashboardFixture.ScreenshotAsync(page, "experiments");
    }

    [Fact]
    public async Task An_experiment_created_through_the_form_is_listed_and_waits_for_visitors()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/experiments");

        await page.GetByLabel("Key").FillAsync("homepage-recs");
        await page.GetByLabel("Variants, control first").FillAsync("current:50,blend:50");
        await page.GetByLabel("Metric").SelectOptionAsync("Revenue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(dashboard.Address, "/experiments?key=homepage-recs&created=homepage-recs").ToString());
        Assert.Contains("homepage-recs created", await page.Locator("p.notice").InnerTextAsync(), StringComparison.Ordinal);
        var row = page.Locator("#list tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "homepage-recs", Exact = true }) });
        Assert.Contains("current 50.0 %, blend 50.0 %", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("revenue", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("No visitors in the experiment yet", await page.Locator("#report .verdict").InnerTextAsync(), StringComparison.Ordinal);

        using var store = SqliteStore.Open(dashboard.DbPath);
        var stored = store.FindExperiment(DashboardFixture.ShopId, "homepage-recs")!;
        Assert.Equal(ExperimentMetric.Revenue, stored.Metric);
        Assert.Equal(["current", "blend"], stored.Variants.Select(v => v.Name));
    }

    [Fact]
    public async Task A_form_with_one_variant_or_a_taken_key_is_refused_with_the_reason()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/experiments");

        await page.GetByLabel("Key").FillAsync("one-arm");
        await page.GetByLabel("Variants, control first").FillAsync("A:100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        Assert.Contains("two or more variants", await page.Locator("#create [role=alert]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Key").FillAsync(dashboard.CampaignExperiment);
        await page.GetByLabel("Variants, control first").FillAsync("A,B");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        Assert.Contains("exists already", await page.Locator("#create [role=alert]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shop_without_experiments_is_told_how_to_start_one()
    {
        var page = await dashboard.SignedInWithKeyAsync(dashboard.EmptyShopAdminKey);

        await page.GotoAsync("/experiments");

        Assert.Equal("No experiments yet", await page.Locator(".empty h2").InnerTextAsync());
        Assert.Contains("import on the Data page", await page.Locator(".empty").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#report").CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).CountAsync());
    }
}
