using Microsoft.Playwright;

namespace Tailor.Dashboard.Tests;

/// <summary>The dashboard is behind a sign-in: a user's password or an admin key, each seeing only its own shop.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_visitor_is_sent_to_sign_in_and_back_to_the_page_they_asked_for()
    {
        var page = await dashboard.NewPageAsync();

        await page.GotoAsync("/customers");
        Assert.Contains("/login?ReturnUrl=%2Fcustomers", page.Url, StringComparison.Ordinal);
        await DashboardFixture.ScreenshotAsync(page, "login");
        await page.GetByLabel("Name").FillAsync(DashboardFixture.UserName);
        await page.GetByLabel("Password").FillAsync(DashboardFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(dashboard.Address, "/customers").ToString());
        Assert.Equal("Customers", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_wrong_password_and_a_key_without_the_admin_scope_are_refused()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Name").FillAsync(DashboardFixture.UserName);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal("The name or password is wrong.", await page.GetByRole(AriaRole.Alert).InnerTextAsync());

        await page.GetByLabel("Admin API key").FillAsync(dashboard.ReadKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("needs an admin key", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_key_of_an_empty_shop_sees_only_that_shop_and_every_page_says_what_to_import()
    {
        var page = await dashboard.SignedInWithKeyAsync(dashboard.EmptyShopAdminKey);

        Assert.Equal("Empty shop", await page.Locator("header .shop").InnerTextAsync());
        Assert.Equal("No data yet", await page.Locator(".empty h2").InnerTextAsync());
        Assert.Contains("tailor import", await page.Locator(".empty").InnerTextAsync(), StringComparison.Ordinal);
        await DashboardFixture.ScreenshotAsync(page, "overview-empty");
        foreach (var (path, title) in new[]
                 {
                     ("/customers", "No customers yet"), ("/recommendations", "No recommender trained yet"), ("/data", "Nothing imported yet"),
                 })
        {
            await page.GotoAsync(path);
            Assert.Equal(title, await page.Locator(".empty h2").InnerTextAsync());
            Assert.Contains("import", await page.Locator(".empty").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        }

        // The demo shop's customer is not visible from another shop's sign-in.
        await page.GotoAsync($"/customers/{dashboard.CustomerId}");
        Assert.Equal("Not known to this shop", await page.Locator(".empty h2").InnerTextAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await dashboard.SignedInAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(dashboard.Address, "/login").ToString());
        await page.GotoAsync("/");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }
}
