namespace Tailor.Dashboard.Tests;

/// <summary>Pages not built yet say so and what they will show; they never show made-up figures.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ComingPagesTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("/marketing", "Marketing")]
    [InlineData("/operations", "Operations")]
    public async Task A_page_being_built_says_what_it_will_show_and_what_data_it_needs(string path, string title)
    {
        var page = await dashboard.SignedInAsync();

        await page.GotoAsync(path);

        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("This page is being built", await page.Locator("section.coming").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Data it needs", await page.Locator("section.coming").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main svg").CountAsync());
        Assert.Contains("coming", await page.Locator($"nav a[href='{path}']").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await DashboardFixture.ScreenshotAsync(page, title.ToLowerInvariant());
    }
}
