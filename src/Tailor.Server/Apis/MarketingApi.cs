using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Marketing;
using Tailor.Server.Security;
using Tailor.Server.Serving;

namespace Tailor.Server.Apis;

/// <summary>Marketing: channel response curves and budget allocation, fitted from the shop's spend and orders.</summary>
public static class MarketingApi
{
    /// <summary>Most bootstrap refits a request may ask for.</summary>
    public const int MaxBootstrap = 500;

    /// <summary>A bound on a channel's spend over the horizon: an amount (a number) or a share of its historical spend ("80%").</summary>
    public sealed record LimitInput(string? Channel, JsonElement? Min, JsonElement? Max);

    /// <summary>A day the shop knows is special (a sale, a launch, an outage).</summary>
    public sealed record CalendarEventInput(DateOnly? Date, string? Name);

    /// <summary>
    /// An experiment that withheld a channel (a holdout or geo test) and measured its incremental
    /// outcome a day for the whole shop, with the standard error; outcome is orders (default) or revenue.
    /// </summary>
    public sealed record LiftTestInput(string? Channel, DateOnly? Start, DateOnly? End, double? Incremental, double? StandardError, string? Outcome);

    /// <summary>Body of POST /marketing/allocation.</summary>
    public sealed record AllocationRequest(
        double? Budget,
        string? Scenario,
        double? Target,
        double? Margin,
        int? HorizonDays,
        string? Outcome,
        double? MaxChange,
        double? MaxExtrapolation,
        bool? HoldUnidentified,
        IReadOnlyList<LimitInput>? Limits,
        IReadOnlyList<CalendarEventInput>? Events,
        bool? RetailCalendar,
        int? Bootstrap,
        string? SegmentBy,
        IReadOnlyList<LiftTestInput>? LiftTests = null);

    public static IEndpointRouteBuilder MapMarketingApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/marketing").WithTags("Marketing").RequireScope(ApiScope.Read);
        read.MapGet("/curves", GetCurves).WithName("ResponseCurves")
            .WithSummary("Each channel's response curve (adstock + Hill) with ROAS, marginal ROAS and intervals at current spend, and warnings where the data cannot identify a curve.");
        read.MapGet("/lift-tests", (HttpContext context, ITailorStore store) => TypedResults.Ok(store.ReadLiftTests(context.Key().ShopId, context.RequestAborted)))
            .WithName("ListLiftTests").WithSummary("The shop's stored lift tests, which calibrate every fit of its response curves.");
        var admin = app.MapGroup("/api/v1/marketing").WithTags("Marketing").RequireScope(ApiScope.Admin);
        admin.MapPost("/lift-tests", SaveLiftTest).WithName("SaveLiftTest")
            .WithSummary("Stores a lift test (holdout or geo experiment: channel, start, end, incremental outcome a day, standardError, outcome); one of the same channel and period is replaced.");
        admin.MapDelete("/lift-tests", DeleteLiftTest).WithName("DeleteLiftTest")
            .WithSummary("Deletes the stored lift test of a channel and period (query: channel, start, end).");
        read.MapPost("/allocation", PostAllocation).WithName("BudgetAllocation")
            .WithSummary("Splits a budget over the channels: the most response for the budget, or spend until marginal ROAS falls to a target; per channel current and recommended spend, expected response with an interval, ROAS and marginal ROAS.");
        return app;
    }

    private static Results<Ok<MarketingReports.CurvesReport>, ProblemHttpResult> GetCurves(
        HttpContext context, ITailorStore store, ResponseCurveCache cache, string? outcome, int? bootstrap, string? segmentBy, bool? retailCalendar)
    {
        var errors = new List<FieldError>();
        var request = Request(outcome, bootstrap, retailCalendar, null, errors);
        var by = Segments(segmentBy, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var shopId = context.Key().ShopId;
        try
        {
            var model = cache.Get(shopId, request!);
            var segments = by is { } split ? ShopResponseCurves.FitSegments(store, shopId, split, request!, context.RequestAborted) : null;
            return TypedResults.Ok(MarketingReports.Curves(model, segments));
        }
        catch (ArgumentException e)
        {
            return NotEnoughData(e.Message);
        }
    }

    private static Results<Ok<MarketingReports.AllocationReport>, ProblemHttpResult> PostAllocation(
        AllocationRequest body, HttpContext context, ITailorStore store, ResponseCurveCache cache)
    {
        var errors = new List<FieldError>();
        var events = Events(body.Events, errors);
        var request = Request(body.Outcome, body.Bootstrap, body.RetailCalendar, events, errors) is { } fit
            ? fit with { LiftTests = LiftTests(body.LiftTests, errors) }
            : null;
        var options = Options(body, errors);
        var by = Segments(body.SegmentBy, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var shopId = context.Key().ShopId;
        ResponseCurveModel model;
        IReadOnlyList<SegmentCurves>? segments;
        try
        {
            model = cache.Get(shopId, request!);
            segments = by is { } split ? ShopResponseCurves.FitSegments(store, shopId, split, request!, context.RequestAborted) : null;
        }
        catch (ArgumentException e) when (e.ParamName == "liftTests")
        {
            // A test of an unknown channel or outside the history: the request is wrong, not the shop's data.
            return Problems.Invalid([new FieldError(null, "liftTests", e.Message.Replace(" (Parameter 'liftTests')", "", StringComparison.Ordinal))]);
        }
        catch (ArgumentException e)
        {
            return NotEnoughData(e.Message);
        }

        var margin = body.Margin ?? ShopResponseCurves.Margin(store, shopId, context.RequestAborted);
        if (options!.Scenario == AllocationScenario.MaxProfit && margin is null)
        {
            return Problems.Invalid([new FieldError(null, "margin", "is required by max-profit: the catalogue has no item costs to derive it from")]);
        }

        try
        {
            var plan = BudgetPlanner.Plan(model, options with { Margin = margin }, context.RequestAborted);
            return TypedResults.Ok(MarketingReports.Allocation(plan, margin, model, segments));
        }
        catch (ArgumentException e)
        {
            // What is left to fail is how the limits and the budget fit together.
            return Problems.Invalid([new FieldError(null, "limits", e.Message)]);
        }
    }

    private static Results<Ok<LiftTest>, ProblemHttpResult> SaveLiftTest(LiftTestInput body, HttpContext context, ITailorStore store)
    {
        var errors = new List<FieldError>();
        var tests = LiftTests([body], errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        store.SaveLiftTest(context.Key().ShopId, tests![0]);
        return TypedResults.Ok(tests[0]);
    }

    private static Results<NoContent, ProblemHttpResult> DeleteLiftTest(string? channel, DateOnly? start, DateOnly? end, HttpContext context, ITailorStore store)
    {
        if (string.IsNullOrWhiteSpace(channel) || start is null || end is null)
        {
            return Problems.Invalid([new FieldError(null, "channel", "channel, start and end (YYYY-MM-DD) name the test to delete")]);
        }

        return store.DeleteLiftTest(context.Key().ShopId, channel, start.Value, end.Value)
            ? TypedResults.NoContent()
            : Problems.NotFound($"The shop has no lift test of '{channel}' from {start:yyyy-MM-dd} to {end:yyyy-MM-dd}.");
    }

    private static SegmentBy? Segments(string? segmentBy, List<FieldError> errors) => segmentBy switch
    {
        null => null,
        "customer-type" => SegmentBy.CustomerType,
        "country" => SegmentBy.Country,
        _ => Invalid<SegmentBy>(errors, "segmentBy", "must be customer-type or country"),
    };

    private static ShopCurveRequest? Request(
        string? outcome, int? bootstrap, bool? retailCalendar, IReadOnlyDictionary<DateOnly, string>? events, List<FieldError> errors)
    {
        MarketingOutcome? kind = outcome switch
        {
            null or "orders" => MarketingOutcome.Orders,
            "revenue" => MarketingOutcome.Revenue,
            _ => Invalid<MarketingOutcome>(errors, "outcome", "must be orders or revenue"),
        };
        if (bootstrap is < 0 or > MaxBootstrap)
        {
            errors.Add(new FieldError(null, "bootstrap", $"must be between 0 and {MaxBootstrap}"));
        }

        return kind is null
            ? null
            : new ShopCurveRequest
            {
                Outcome = kind.Value,
                RetailCalendar = retailCalendar ?? true,
                Events = events,
                Fit = new ResponseCurveOptions { BootstrapReplicates = Math.Clamp(bootstrap ?? ResponseCurveDefaults.BootstrapReplicates, 0, MaxBootstrap) },
            };
    }

    private static AllocationOptions? Options(AllocationRequest body, List<FieldError> errors)
    {
        if (body.Budget is not (> 0 and <= 1e12) || !double.IsFinite(body.Budget.Value))
        {
            errors.Add(new FieldError(null, "budget", "is required: a positive amount up to 1e12 for the whole horizon"));
        }

        AllocationScenario? scenario = body.Scenario is null
            ? AllocationScenario.MaxResponse
            : MarketingReports.Scenarios.TryGetValue(body.Scenario, out var named) ? named : Invalid<AllocationScenario>(errors, "scenario", "must be max-response, target-roas or max-profit");
        if (scenario == AllocationScenario.TargetRoas && body.Target is null)
        {
            errors.Add(new FieldError(null, "target", "is required by target-roas: the marginal ROAS at which to stop spending"));
        }

        Check(errors, "target", body.Target, v => v is > 0 and <= 1000, "must be in (0, 1000]");
        Check(errors, "margin", body.Margin, v => v is > 0 and <= 1, "must be in (0, 1]");
        Check(errors, "maxChange", body.MaxChange, v => v is >= 0 and <= 100, "must be in [0, 100]");
        Check(errors, "maxExtrapolation", body.MaxExtrapolation, v => v is 0 or (>= 1 and <= 1000), "must be 0 (no cap) or in [1, 1000]");
        if (body.HorizonDays is < 1 or > 366)
        {
            errors.Add(new FieldError(null, "horizonDays", "must be between 1 and 366"));
        }

        var minimums = new List<SpendLimit>();
        var maximums = new List<SpendLimit>();
        for (var i = 0; i < (body.Limits?.Count ?? 0); i++)
        {
            var limit = body.Limits![i];
            if (string.IsNullOrWhiteSpace(limit?.Channel))
            {
                errors.Add(new FieldError(i, "limits.channel", "is required"));
                continue;
            }

            Limit(limit.Channel, limit.Min, i, "limits.min", minimums, errors);
            Limit(limit.Channel, limit.Max, i, "limits.max", maximums, errors);
        }

        return errors.Count > 0 || scenario is null
            ? null
            : new AllocationOptions
            {
                Budget = body.Budget!.Value,
                Scenario = scenario.Value,
                TargetRoas = scenario == AllocationScenario.TargetRoas ? body.Target : null,
                Margin = body.Margin,
                HorizonDays = body.HorizonDays ?? AllocationDefaults.HorizonDays,
                MaxChange = body.MaxChange,
                MaxExtrapolation = body.MaxExtrapolation switch { null => AllocationDefaults.MaxExtrapolation, 0 => null, var reach => reach },
                HoldUnidentified = body.HoldUnidentified ?? AllocationDefaults.HoldUnidentified,
                Minimums = minimums,
                Maximums = maximums,
            };
    }

    private static void Limit(string channel, JsonElement? value, int index, string field, List<SpendLimit> limits, List<FieldError> errors)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var text = element.ValueKind switch
        {
            JsonValueKind.Number => element.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            JsonValueKind.String => element.GetString(),
            _ => null,
        };
        try
        {
            limits.Add(SpendLimit.Parse($"{channel}={text}"));
        }
        catch (FormatException)
        {
            errors.Add(new FieldError(index, field, "must be an amount (a number of at least 0) or a share of historical spend such as \"80%\""));
        }
    }

    private static Dictionary<DateOnly, string>? Events(IReadOnlyList<CalendarEventInput>? events, List<FieldError> errors)
    {
        if (events is null)
        {
            return null;
        }

        var result = new Dictionary<DateOnly, string>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i]?.Date is not { } date || string.IsNullOrWhiteSpace(events[i].Name))
            {
                errors.Add(new FieldError(i, "events", "needs a date (YYYY-MM-DD) and a name"));
                continue;
            }

            result[date] = events[i].Name!.Trim();
        }

        return result;
    }

    private static List<LiftTest>? LiftTests(IReadOnlyList<LiftTestInput>? inputs, List<FieldError> errors)
    {
        if (inputs is null)
        {
            return null;
        }

        var tests = new List<LiftTest>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input is not { Channel: { } channel, Start: { } start, End: { } end, Incremental: { } incremental, StandardError: { } error })
            {
                errors.Add(new FieldError(i, "liftTests", "needs channel, start, end (YYYY-MM-DD), incremental and standardError"));
                continue;
            }

            var outcome = MarketingOutcome.Orders;
            if (input.Outcome is not null && !MarketingOutcomeNames.TryParse(input.Outcome, out outcome))
            {
                errors.Add(new FieldError(i, "liftTests", "outcome must be orders or revenue"));
                continue;
            }

            var test = new LiftTest(channel, start, end, incremental, error, outcome);
            if (test.Problem() is { } problem)
            {
                errors.Add(new FieldError(i, "liftTests", problem));
                continue;
            }

            tests.Add(test);
        }

        return tests;
    }

    private static void Check(List<FieldError> errors, string field, double? value, Func<double, bool> valid, string reason)
    {
        if (value is { } v && !(double.IsFinite(v) && valid(v)))
        {
            errors.Add(new FieldError(null, field, reason));
        }
    }

    private static T? Invalid<T>(List<FieldError> errors, string field, string reason)
        where T : struct
    {
        errors.Add(new FieldError(null, field, reason));
        return null;
    }

    private static ProblemHttpResult NotEnoughData(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The shop's data cannot support this");
}
