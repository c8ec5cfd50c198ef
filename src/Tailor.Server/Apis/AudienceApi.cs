using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Marketing;
using Tailor.Server.Security;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>Marketing plans for people: campaign audiences, send time and channel per customer, response propensity, content planning.</summary>
public static class AudienceApi
{
    private const int MaxLimit = 1000;

    /// <summary>How a score measured: AUC (null when undefined) and log-loss (null for a rank).</summary>
    public sealed record Quality(string Name, double? Auc, double? LogLoss);

    /// <summary>Response propensity of one channel, measured on sends after the cut-off.</summary>
    public sealed record ChannelPropensity(
        string Channel, DateTimeOffset Cutoff, int TrainSends, int TestSends, double? TestResponseRate, Quality? Model, Quality PastRate,
        Quality? PastOpenRate, bool UsesModel, string Description, IReadOnlyList<ResponsePropensityStageEvaluation> Stages, string? Note);

    /// <summary>GET /marketing/response-propensity.</summary>
    public sealed record PropensityResult(ResponsePropensityOutcome Outcome, IReadOnlyList<ChannelPropensity> Channels);

    /// <summary>Customers left out of an audience, by reason.</summary>
    public sealed record Exclusions(int WithoutConsent, int FrequencyCapped, int FrequencyCappedWithPositiveValue);

    /// <summary>A customer in the audience.</summary>
    public sealed record Member(int Rank, string CustomerId, double Propensity, double ConversionValue, double ExpectedValue, DateTimeOffset SendAt);

    /// <summary>GET /marketing/audience: the audience, its figures, the cut-off and its reason, and a page of members.</summary>
    public sealed record AudienceReportResult(
        string Channel, double CostPerContact, double? Budget, DateTimeOffset SendAt, bool PerCustomerSendTimes, int Candidates, int Audience,
        double TotalCost, double ExpectedConversions, double ExpectedRevenue, double ExpectedProfit, AudienceCutoff Cutoff, string Explanation,
        double? NextExpectedValue, Exclusions Excluded, string ValueSource, string Model, ChannelPropensity? Propensity, int Offset,
        IReadOnlyList<Member> Members);

    /// <summary>A customer's channel and send time, with the next such moment.</summary>
    public sealed record Recommendation(
        string CustomerId, string Channel, DayOfWeek? Day, int Hour, double ExpectedRate, DayOfWeek? BestDay, int BestHour, double BestRate,
        SendTimeEvidence Evidence, int Sends, string Segment, DateTimeOffset NextSendAt);

    /// <summary>GET /marketing/sendtime: grid, priors, frequency cap and a page of recommendations.</summary>
    public sealed record SendTimeResult(
        SendTimeGrid Grid, string GridReason, string TimeZone, ResponsePropensityOutcome Outcome, DayOfWeek? GlobalBestDay, int GlobalBestHour,
        double GlobalBestRate, double LevelStrength, double SlotStrength, IReadOnlyList<string> Channels, IReadOnlyList<SendTimeSegment> Segments,
        int Customers, int WithoutConsent, IReadOnlyDictionary<SendTimeEvidence, int> Evidence, FatigueReport FrequencyCap, int Offset,
        IReadOnlyList<Recommendation> Recommendations);

    public static IEndpointRouteBuilder MapAudienceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/marketing").WithTags("Marketing").RequireScope(ApiScope.Read);
        api.MapGet("/audience", Audience).WithName("CampaignAudience")
            .WithSummary("Who to contact in a campaign: customers ranked by expected incremental value (propensity x value x margin - cost), within consent, frequency cap and budget, with the reason for the cut-off.");
        api.MapGet("/sendtime", SendTime).WithName("SendTimes")
            .WithSummary("Channel and send time per customer by Thompson sampling with segment priors, and the frequency cap fatigue suggests.");
        api.MapGet("/response-propensity", Propensity).WithName("ResponsePropensity")
            .WithSummary("How well response per channel is predicted on later sends, next to the customers' past rates.");
        api.MapGet("/content", Content).WithName("ContentPlan")
            .WithSummary("Where new content pays most: engagement per category and segment against the content available.");
        return app;
    }

    private static Results<Ok<AudienceReportResult>, ProblemHttpResult> Audience(
        HttpContext context, ITailorStore store, PropensityCache cache, string? channel, double? cost, double? budget, double? offerValue,
        double? margin, int? frequencyCap, int? maxContacts, int? hour, bool? recommendedTimes, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Check(errors, !string.IsNullOrWhiteSpace(channel), "channel", "is required: the campaign's channel, such as email");
        Check(errors, cost is >= 0 and <= 1e6, "cost", "is required: the cost of one contact, 0 to 1,000,000");
        Check(errors, budget is null or (>= 0 and <= 1e12), "budget", "must be 0 to 1e12");
        Check(errors, offerValue is null or (> 0 and <= 1e9), "offerValue", "must be above 0 and at most 1e9");
        Check(errors, margin is null or (> 0 and <= 1), "margin", "must be in (0, 1]");
        Check(errors, frequencyCap is null or (>= 1 and <= 1000), "frequencyCap", "must be 1 to 1000");
        Check(errors, maxContacts is null or >= 1, "maxContacts", "must be at least 1");
        Check(errors, hour is null or (>= 0 and <= 23), "hour", "must be 0 to 23");
        CheckPage(errors, offset, limit);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var shopId = context.Key().ShopId;
        if (Load(store, shopId) is not var (stamp, data, zone))
        {
            return NoSends(shopId);
        }

        var fit = cache.Get(shopId, stamp, data, ResponsePropensityOutcome.Conversion, cancellationToken);
        if (fit.Model.For(channel!) is null)
        {
            return Problems.Invalid([new FieldError(null, "channel", $"has no sends to learn from; channels with sends: {string.Join(", ", fit.Model.Channels.Select(c => c.Channel))}")]);
        }

        var options = new AudienceOptions
        {
            Channel = channel!,
            CostPerContact = cost!.Value,
            Budget = budget,
            OfferValue = offerValue,
            Margin = margin ?? AudienceDefaults.Margin,
            FrequencyCap = frequencyCap,
            MaxContacts = maxContacts,
        };
        var localHour = hour ?? 10;
        try
        {
            var sendAt = AudiencePlanner.DefaultSendTime(data, zone, localHour);
            var times = recommendedTimes == true
                ? SendTimePlanner.Plan(data, new SendTimeOptions { TimeZone = zone }, null, cancellationToken).SendTimes(sendAt.AddHours(-localHour))
                : null;
            var report = AudiencePlanner.Plan(data, options, fit, sendAt, times, cancellationToken);
            return TypedResults.Ok(AudienceReports.Audience(report, times, offset ?? 0, limit ?? 100));
        }
        catch (ArgumentException e)
        {
            return Unprocessable(e.Message);
        }
    }

    private static Results<Ok<SendTimeResult>, ProblemHttpResult> SendTime(
        HttpContext context, ITailorStore store, string? grid, bool? explore, string? customerId, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        SendTimeGrid parsed = SendTimeGrid.Auto;
        Check(errors, grid is null || Enum.TryParse(grid, ignoreCase: true, out parsed), "grid", "must be auto, hourOfDay or hourOfWeek");
        CheckPage(errors, offset, limit);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var shopId = context.Key().ShopId;
        if (Load(store, shopId) is not var (_, data, zone))
        {
            return NoSends(shopId);
        }

        var plan = SendTimePlanner.Plan(data, new SendTimeOptions { Grid = parsed, Explore = explore ?? true, TimeZone = zone }, null, cancellationToken);
        if (customerId is not null && plan.Recommendations.All(r => r.CustomerId != customerId))
        {
            return Problems.NotFound($"Customer '{customerId}' is not known to this shop or has no marketing consent.");
        }

        return TypedResults.Ok(AudienceReports.SendTimes(plan, AudiencePlanner.DefaultSendTime(data, zone, 0), offset ?? 0, limit ?? 100, customerId));
    }

    private static Results<Ok<PropensityResult>, ProblemHttpResult> Propensity(
        HttpContext context, ITailorStore store, PropensityCache cache, string? outcome, CancellationToken cancellationToken)
    {
        var parsed = ResponsePropensityOutcome.Conversion;
        if (outcome is not null && !Enum.TryParse(outcome, ignoreCase: true, out parsed))
        {
            return Problems.Invalid([new FieldError(null, "outcome", "must be open, click or conversion")]);
        }

        var shopId = context.Key().ShopId;
        if (Load(store, shopId) is not var (stamp, data, _))
        {
            return NoSends(shopId);
        }

        return TypedResults.Ok(AudienceReports.Propensity(cache.Get(shopId, stamp, data, parsed, cancellationToken).Evaluation));
    }

    private static Results<Ok<ContentPlan>, ProblemHttpResult> Content(HttpContext context, ITailorStore store, int? windowDays, CancellationToken cancellationToken)
    {
        if (windowDays is { } days && days is < 7 or > 3650)
        {
            return Problems.Invalid([new FieldError(null, "windowDays", "must be 7 to 3650")]);
        }

        var shopId = context.Key().ShopId;
        var data = store.ReadShopData(shopId, cancellationToken);
        try
        {
            return TypedResults.Ok(ContentPlanner.Plan(data, new ContentPlanOptions { WindowDays = windowDays ?? ContentPlanDefaults.WindowDays }, null, cancellationToken));
        }
        catch (ArgumentException e)
        {
            return Unprocessable($"Shop '{shopId}': {e.Message}");
        }
    }

    /// <summary>The shop's stats (read first, to key cached fits), data and clock; null without campaign sends.</summary>
    private static (ShopStats Stamp, ShopData Data, TimeZoneInfo Zone)? Load(ITailorStore store, string shopId)
    {
        var stamp = store.GetStats(shopId);
        if (stamp.CampaignSends == 0)
        {
            return null;
        }

        var data = store.ReadShopData(shopId);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(store.FindShop(shopId)?.TimeZone ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;
        return (stamp, data, zone);
    }

    private static void Check(List<FieldError> errors, bool valid, string field, string reason)
    {
        if (!valid)
        {
            errors.Add(new FieldError(null, field, reason));
        }
    }

    private static void CheckPage(List<FieldError> errors, int? offset, int? limit)
    {
        Check(errors, offset is null or >= 0, "offset", "must be at least 0");
        Check(errors, limit is null or (>= 1 and <= MaxLimit), "limit", $"must be 1 to {MaxLimit}");
    }

    /// <summary>422: the request is well formed but the shop's data cannot answer it (the detail says why).</summary>
    private static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not enough data");

    private static ProblemHttpResult NoSends(string shopId) =>
        Unprocessable($"Shop '{shopId}' has no campaign sends yet; import campaigns to learn response and send times from.");
}
