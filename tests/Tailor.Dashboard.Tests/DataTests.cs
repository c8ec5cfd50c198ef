using Microsoft.Playwright;

namespace Tailor.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class DataTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Importing_a_file_with_a_bad_row_keeps_the_good_rows_and_names_the_bad_one()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/data");
        var csv = "customer_id,created_at,country\nweb-1,2024-03-01,FR\nweb-2,the first of March,DE\nweb-3,2024-03-02,NL\n"u8.ToArray();

        await page.GetByLabel("What it holds").SelectOptionAsync("Customers");
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "new-customers.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        var report = page.Locator(".report");
        Assert.Contains("new-customers.csv", await report.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("3", await report.Locator(".stat:has(.label:text-is('Rows read')) b").InnerTextAsync());
        Assert.Equal("2", await report.Locator(".stat:has(.label:text-is('Imported')) b").InnerTextAsync());
        Assert.Equal("1", await report.Locator(".stat:has(.label:text-is('Rejected')) b").InnerTextAsync());
        var error = await report.Locator("table.errors tbody tr td").AllInnerTextsAsync();
        Assert.Equal("3", error[0]);
        Assert.Equal("created_at", error[1]);
        Assert.Contains("the first of March", error[2], StringComparison.Ordinal);
        await DashboardFixture.ScreenshotAsync(page, "data");

        await page.GotoAsync("/customers/web-1");
        Assert.Equal("Customer web-1", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_csv_is_refused_whole_with_its_own_name_in_the_message()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/data");

        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "photo.csv", MimeType = "text/csv", Buffer = [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        var alert = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        Assert.Contains("'photo.csv'", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("tailor-upload-", alert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_downloads_the_shop_s_rows_in_the_import_layout()
    {
        var page = await dashboard.SignedInAsync();
        await page.GotoAsync("/data");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "items.csv" }).ClickAsync());
        var path = await download.PathAsync();

        var lines = await File.ReadAllLinesAsync(path!);
        Assert.StartsWith("item_id,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith(dashboard.TopItem.ExternalId + ",", StringComparison.Ordinal));
        Assert.Equal("items.csv", download.SuggestedFilename);
    }
}
