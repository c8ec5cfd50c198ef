using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Server.Security;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>
/// Customer segments from the newest customer analytics (trained with the shop's models): RFM presets
/// and behavioural clusters with their meaning and size, members a page at a time, and a CSV export for
/// email tools. Customers erased or without analytics consent since the training are never returned.
/// </summary>
public static class SegmentsApi
{
    /// <summary>Most members per page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>GET /segments: the segments of a preset; for rfm11 also the largest micro-segments (segment x top category, sizes at training).</summary>
    public sealed record SegmentList(
        int Version, DateTimeOffset TrainedAt, DateTimeOffset AsOf, string Preset, int Customers, IReadOnlyList<SegmentSize> Segments, IReadOnlyList<MicroSegment>? MicroSegments);

    /// <summary>A segment with its size now and the means at training.</summary>
    /// <param name="Name">Segment name; a cluster's number for the clusters preset.</param>
    /// <param name="Description">What the segment means, in plain words.</param>
    /// <param name="Customers">Customers in it now (erasures and withdrawn consent since training excluded).</param>
    /// <param name="Share">Its share of the preset's customers now.</param>
    /// <param name="MeanLifetimeValue">Mean discounted CLV of its customers at training.</param>
    /// <param name="MeanChurnProbability">Mean churn probability of its customers at training.</param>
    public sealed record SegmentSize(string Name, string Description, int Customers, double Share, double? MeanLifetimeValue, double? MeanChurnProbability);

    /// <summary>GET /segments/{name}/members: a page of the segment's customers.</summary>
    public sealed record SegmentMembers(int Version, string Preset, string Segment, int Total, int Offset, int Limit, IReadOnlyList<CustomerInsight> Customers);

    /// <summary>A customer's behavioural cluster.</summary>
    public sealed record ClusterRef(int Id, string Description);

    /// <summary>A customer's BG/NBD and Gamma-Gamma expectations over the CLV horizon.</summary>
    /// <param name="ProbabilityAlive">P(alive) now.</param>
    /// <param name="ExpectedPurchases">Expected purchase days over the horizon.</param>
    /// <param name="ProbabilityOfPurchase">P(at least one purchase over the horizon).</param>
    /// <param name="ExpectedSpend">Expected value of one purchase.</param>
    /// <param name="ExpectedRevenue">Expected purchases times expected spend, undiscounted.</param>
    /// <param name="LifetimeValue">Discounted CLV over the horizon.</param>
    /// <param name="HorizonMonths">The horizon.</param>
    public sealed record ClvEstimate(
        double ProbabilityAlive, double ExpectedPurchases, double ProbabilityOfPurchase, double ExpectedSpend, double ExpectedRevenue, double LifetimeValue, int HorizonMonths)
    {
        public static ClvEstimate From(CustomerValue value, int horizonMonths)
        {
            ArgumentNullException.ThrowIfNull(value);
            return new ClvEstimate(value.ProbabilityAlive, value.ExpectedPurchases, value.ProbabilityAtLeastOne, value.ExpectedSpend,
                value.ExpectedRevenue, value.LifetimeValue, horizonMonths);
        }
    }

    public static IEndpointRouteBuilder MapSegmentsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/segments").WithTags("Segments").RequireScope(ApiScope.Read);
        read.MapGet("/", List).WithName("ListSegments")
            .WithSummary("Segments of a preset (rfm11, rf10 or clusters) with descriptions and sizes, from the newest customer analytics.");
        read.MapGet("/{name}/members", Members).WithName("SegmentMembers")
            .WithSummary("A page of a segment's customers with their scores, CLV and churn risk (offset, limit up to 1000).");
        app.MapGet("/api/v1/segments/{name}/export.csv", Export).WithTags("Segments").RequireScope(ApiScope.Admin).WithName("ExportSegment")
            .WithSummary("A segment's customers as CSV for email tools; only those who consented to marketing email unless consent=any.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    private static Results<Ok<SegmentList>, ProblemHttpResult> List(string? preset, HttpContext context, ITailorStore store, CustomerAnalyticsCache analytics)
    {
        var shopId = context.Key().ShopId;
        if (!TryPreset(preset, out var chosen, out var problem))
        {
            return problem;
        }

        if (analytics.Get(shopId) is not { } current)
        {
            return NoAnalytics();
        }

        var counts = store.CountCustomerInsights(shopId, chosen);
        var total = counts.Values.Sum();
        var segments = current.Report.Segments.Where(s => s.Preset == chosen)
            .Select(s => new SegmentSize(s.Name, s.Description, counts.GetValueOrDefault(s.Name), total == 0 ? 0 : (double)counts.GetValueOrDefault(s.Name) / total,
                s.MeanLifetimeValue, s.MeanChurnProbability))
            .OrderByDescending(s => s.Customers).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new SegmentList(current.Version, current.TrainedAt, current.Report.AsOf, chosen.Name(), total, segments,
            chosen == SegmentPreset.Rfm11 ? current.Report.MicroSegments : null));
    }

    private static Results<Ok<SegmentMembers>, ProblemHttpResult> Members(
        string name, string? preset, int? offset, int? limit, HttpContext context, ITailorStore store, CustomerAnalyticsCache analytics)
    {
        var shopId = context.Key().ShopId;
        if (!TryPreset(preset, out var chosen, out var problem))
        {
            return problem;
        }

        var errors = new List<FieldError>();
        if (offset < 0)
        {
            errors.Add(new FieldError(null, "offset", $"must be at least 0 (was {offset})"));
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add(new FieldError(null, "limit", $"must be between 1 and {MaxLimit} (was {limit})"));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (analytics.Get(shopId) is not { } current)
        {
            return NoAnalytics();
        }

        if (!Known(current, chosen, name, out problem))
        {
            return problem;
        }

        var page = store.ReadCustomerInsights(shopId, new CustomerInsightQuery(chosen, name, offset ?? 0, limit ?? 100, EmailMarketingOnly: false));
        return TypedResults.Ok(new SegmentMembers(page.Version, chosen.Name(), name, page.Total, offset ?? 0, limit ?? 100, page.Customers));
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(
        string name, string? preset, string? consent, HttpContext context, ITailorStore store, CustomerAnalyticsCache analytics)
    {
        var shopId = context.Key().ShopId;
        if (!TryPreset(preset, out var chosen, out var problem))
        {
            return problem;
        }

        if (consent is not (null or "email" or "any"))
        {
            return Problems.Invalid([new FieldError(null, "consent", $"'{consent}' is not email (only customers who consented to marketing email, the default) or any")]);
        }

        if (analytics.Get(shopId) is not { } current)
        {
            return NoAnalytics();
        }

        if (!Known(current, chosen, name, out problem))
        {
            return problem;
        }

        var (content, file) = SegmentCsv.Build(store, shopId, chosen, name, emailOnly: consent is null or "email");
        return TypedResults.File(content, "text/csv", file);
    }

    private static bool TryPreset(string? text, out SegmentPreset preset, out ProblemHttpResult problem)
    {
        problem = null!;
        preset = SegmentPreset.Rfm11;
        if (text is null || SegmentPresets.TryParse(text, out preset))
        {
            return true;
        }

        problem = Problems.Invalid([new FieldError(null, "preset", $"'{text}' is not one of {string.Join(", ", SegmentPresets.Names)}")]);
        return false;
    }

    private static bool Known(CustomerAnalyticsCache.Current current, SegmentPreset preset, string name, out ProblemHttpResult problem)
    {
        problem = null!;
        var names = current.Report.Segments.Where(s => s.Preset == preset).Select(s => s.Name).ToList();
        if (names.Contains(name, StringComparer.Ordinal))
        {
            return true;
        }

        problem = Problems.NotFound($"Segment '{name}' is not in the {preset.Name()} preset; its segments are: {string.Join(", ", names)}.");
        return false;
    }

    private static ProblemHttpResult NoAnalytics() => TypedResults.Problem(
        "This shop has no customer analytics yet: run 'tailor train' or POST /api/v1/models/train once it has orders.",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "No model");
}
