using Microsoft.AspNetCore.Authentication;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Csv;
using Tailor.Server.Apis;
using Tailor.Server.Serving;
using Tailor.Server.Training;

namespace Tailor.Server.Dashboard;

/// <summary>The dashboard's actions that are not pages: sign out, train now, download an export or a segment.</summary>
internal static class DashboardEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Binding the form makes the endpoint check its antiforgery token, like every form of the dashboard.
        app.MapPost("/logout", async (HttpContext context, IFormCollection form) =>
            {
                await context.SignOutAsync(DashboardAuth.Scheme);
                return Results.LocalRedirect("/login");
            })
            .ExcludeFromDescription();

        app.MapPost("/train", (HttpContext context, IFormCollection form, TrainingQueue queue) =>
            {
                queue.Enqueue(context.User.ShopId());
                return Results.LocalRedirect("/?training=queued");
            })
            .RequireAuthorization().ExcludeFromDescription();

        app.MapGet("/data/export/{kind}", (string kind, HttpContext context, ITailorStore store) =>
            {
                if (!Enum.TryParse<DataKind>(kind, ignoreCase: true, out var dataKind) || !Enum.IsDefined(dataKind))
                {
                    return Results.NotFound();
                }

                // Written to a file that deletes itself when the response has been sent.
                var path = Path.Combine(Path.GetTempPath(), $"tailor-export-{Guid.NewGuid():N}.csv");
                new CsvExporter(store).Export(context.User.ShopId(), dataKind, path, context.RequestAborted);
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16,
                    FileOptions.DeleteOnClose);
                return Results.File(file, "text/csv; charset=utf-8", $"{dataKind.ToString().ToLowerInvariant()}.csv");
            })
            .RequireAuthorization().ExcludeFromDescription();

        // A segment's customers as the API's export writes them (only those who agreed to marketing email unless consent=any).
        app.MapGet("/segments/export", (string? preset, string? name, string? consent, HttpContext context, ITailorStore store, CustomerAnalyticsCache analytics) =>
            {
                var shopId = context.User.ShopId();
                if (name is null || !SegmentPresets.TryParse(preset ?? "rfm11", out var chosen)
                    || analytics.Get(shopId) is not { } current
                    || !current.Report.Segments.Any(s => s.Preset == chosen && s.Name == name))
                {
                    return Results.NotFound();
                }

                var (content, file) = SegmentCsv.Build(store, shopId, chosen, name, emailOnly: consent != "any");
                return Results.File(content, "text/csv; charset=utf-8", file);
            })
            .RequireAuthorization().ExcludeFromDescription();
    }
}
