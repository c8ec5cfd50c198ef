using System.Globalization;
using System.Net;
using System.Text;
using Tailor.Data;

namespace Tailor.Server.Pages;

/// <summary>
/// The shop owner's first page: what Tailor holds for the shop. A plain server-rendered page until
/// the Blazor dashboard takes over.
/// </summary>
public static class OverviewPage
{
    public static IEndpointRouteBuilder MapOverviewPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpRequest request, ITailorStore store, TailorServerOptions options) =>
            {
                var shopId = request.Query["shop"].FirstOrDefault() ?? options.DefaultShop;
                var shop = store.FindShop(shopId);
                return Results.Content(Render(shop, shop is null ? null : store.GetStats(shop.Id)), "text/html; charset=utf-8");
            })
            .WithName("Overview").WithSummary("Dashboard overview page.").ExcludeFromDescription();
        return app;
    }

    private static string Render(Shop? shop, ShopStats? stats)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tailor</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
            header{background:#1d2330;color:#fff;padding:1rem 1.5rem}main{padding:1.5rem;max-width:60rem;margin:auto}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:1rem}
            .card{background:#fff;border-radius:.5rem;padding:1rem;box-shadow:0 1px 3px #0002}
            .card b{display:block;font-size:1.6rem}.empty{background:#fff;padding:1.5rem;border-radius:.5rem}
            code{background:#eef;padding:.1rem .3rem;border-radius:.2rem}
            </style></head><body><header><strong>Tailor</strong></header><main>
            """);
        if (shop is null || stats is null || stats.Customers + stats.Items + stats.Orders == 0)
        {
            html.Append("""
                <div class="empty"><h1>No data yet</h1>
                <p>Import your customers, products and orders to see them here, for example
                <code>tailor import orders orders.csv</code>, or run <code>tailor demo</code> for a simulated shop.</p></div>
                """);
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<h1>{WebUtility.HtmlEncode(shop.Name)}</h1><div class=\"cards\">");
            Card(html, "Customers", stats.Customers);
            Card(html, "Products and content", stats.Items);
            Card(html, "Orders", stats.Orders);
            Card(html, "Web events", stats.Events);
            Card(html, "Campaign sends", stats.CampaignSends);
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"card\">Revenue<b>{stats.Revenue:N0} {WebUtility.HtmlEncode(shop.Currency)}</b></div></div>");
            html.Append(CultureInfo.InvariantCulture,
                $"<p>Orders from {stats.FirstOrderAt:yyyy-MM-dd} to {stats.LastOrderAt:yyyy-MM-dd}.</p>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Card(StringBuilder html, string label, long value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\">{label}<b>{value:N0}</b></div>");
}
