using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Data;
using Tailor.Operations;
using Tailor.Server.Security;

namespace Tailor.Server.Apis;

/// <summary>Operations: demand forecasts, the suggested purchase list and staffing plans, computed from the shop's orders on request.</summary>
public static class OperationsApi
{
    /// <summary>The history a forecast was fitted on.</summary>
    public sealed record HistorySpan(DateOnly Start, DateOnly End, int Periods, int StockOutPeriods, int LeftOutPeriods);

    /// <summary>One forecast period: its first day, the point forecast and the 80% and 95% intervals.</summary>
    public sealed record ForecastPoint(DateOnly Date, double Forecast, double Lo80, double Hi80, double Lo95, double Hi95);

    /// <summary>GET /forecasts.</summary>
    public sealed record ForecastResponse(
        string Scope, string Key, string Period, string Model, string Forecaster, HistorySpan History, int Horizon, IReadOnlyList<ForecastPoint> Forecast);

    /// <summary>One line of the purchase list.</summary>
    public sealed record PurchaseLine(
        string Item, string Title, int Quantity, string Why, double? Cost, double RiskBefore, double RiskAfter, double OnHand, double DailyDemand,
        double SafetyStock, int ReorderPoint, int OrderUpTo, double? Eoq, PurchaseRule Rule);

    /// <summary>GET /inventory/purchase-list.</summary>
    public sealed record PurchaseListResponse(
        DateOnly AsOf, double ServiceLevel, int LeadTimeDays, int ReviewPeriodDays, int ItemsReviewed, int ItemsWithoutStock, double TotalCost,
        IReadOnlyList<PurchaseLine> Lines);

    /// <summary>GET /staffing.</summary>
    public sealed record StaffingResponse(
        DateOnly Start, string Model, double MinutesPerOrder, double ContactsPerOrder, double HandlingTimeSeconds,
        IReadOnlyList<StaffingDay> Days, IReadOnlyList<StaffingHour> Hours);

    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Operations").RequireScope(ApiScope.Read);
        api.MapGet("/forecasts", GetForecast).WithName("DemandForecast")
            .WithSummary("Demand forecast with 80% and 95% intervals for one item, one category or the shop's total (item=, category= or total=true).");
        api.MapGet("/inventory/purchase-list", GetPurchaseList).WithName("PurchaseList")
            .WithSummary("The suggested purchase list: item, quantity, why, cost, stock-out risk before and after, with reorder point, order-up-to and EOQ.");
        api.MapGet("/staffing", GetStaffing).WithName("StaffingPlan")
            .WithSummary("Orders and staff per hour for the coming days, staff hours per day, and Erlang C agents per hour for a support desk.");
        return app;
    }

    private static Results<Ok<ForecastResponse>, ProblemHttpResult> GetForecast(
        HttpContext context, ITailorStore store, string? item, string? category, bool? total, int? horizonDays, bool? weekly)
    {
        if ((item is not null ? 1 : 0) + (category is not null ? 1 : 0) + (total == true ? 1 : 0) > 1)
        {
            return Invalid("item", "give one of item, category and total");
        }

        int days = horizonDays ?? 28;
        if (days is < 1 or > 3660)
        {
            return Invalid("horizonDays", $"must be between 1 and 3660 (was {days})");
        }

        if (!TryRead(store, context, () => { }, out var demand, out var missing))
        {
            return missing;
        }

        DemandSeries series;
        try
        {
            series = demand.History.Select(item, category, weekly == true);
        }
        catch (KeyNotFoundException e)
        {
            return Problems.NotFound(e.Message);
        }
        catch (ArgumentException e)
        {
            return Invalid("weekly", e.Message);
        }

        int horizon = series.PeriodsCovering(days);
        DemandForecast forecast = DemandForecast.Fit(series, new AutoForecaster(), horizon, cancellationToken: context.RequestAborted);
        ForecastResult r = forecast.Result;
        var points = Enumerable.Range(0, horizon)
            .Select(h => new ForecastPoint(forecast.PeriodStart(h), r.Point[h], r.Lower80[h], r.Upper80[h], r.Lower95[h], r.Upper95[h]))
            .ToList();
        return TypedResults.Ok(new ForecastResponse(
            series.Scope.ToString().ToLowerInvariant(), series.Key, weekly == true ? "week" : "day", forecast.Model, forecast.Forecaster,
            new HistorySpan(series.Start, series.End.AddDays(-1), series.Length, series.StockOutPeriods, series.TrailingStockOut), horizon, points));
    }

    private static Results<Ok<PurchaseListResponse>, ProblemHttpResult> GetPurchaseList(
        HttpContext context, ITailorStore store, double? serviceLevel, int? leadTimeDays, int? reviewPeriodDays, double? orderingCost,
        double? annualHoldingRate, double? salvageShare)
    {
        var options = new PurchaseOptions
        {
            ServiceLevel = serviceLevel ?? PurchaseDefaults.ServiceLevel,
            LeadTimeDays = leadTimeDays ?? PurchaseDefaults.LeadTimeDays,
            ReviewPeriodDays = reviewPeriodDays ?? PurchaseDefaults.ReviewPeriodDays,
            OrderingCost = orderingCost ?? PurchaseDefaults.OrderingCost,
            AnnualHoldingRate = annualHoldingRate ?? PurchaseDefaults.AnnualHoldingRate,
            SalvageShare = salvageShare ?? PurchaseDefaults.SalvageShare,
        };
        if (!TryRead(store, context, options.Validate, out var demand, out var problem))
        {
            return problem;
        }

        PurchaseList list = PurchaseListBuilder.Build(demand.History, demand.Items, options, cancellationToken: context.RequestAborted);
        var lines = list.ToOrder.Select(s => new PurchaseLine(
            s.ItemId, s.Title, s.Quantity, s.Why, s.Cost, s.RiskBefore, s.RiskAfter, s.OnHand, s.DailyDemand, s.SafetyStock, s.ReorderPoint, s.OrderUpTo,
            s.EconomicOrderQuantity, s.Rule)).ToList();
        return TypedResults.Ok(new PurchaseListResponse(
            list.AsOf, options.ServiceLevel, options.LeadTimeDays, options.ReviewPeriodDays, list.Suggestions.Count, list.ItemsWithoutStock, list.TotalCost, lines));
    }

    private static Results<Ok<StaffingResponse>, ProblemHttpResult> GetStaffing(
        HttpContext context, ITailorStore store, double? minutesPerOrder, int? days, double? contactsPerOrder, double? handlingTimeSeconds,
        double? targetServiceLevel, double? targetAnswerTimeSeconds, double? maxOccupancy)
    {
        var options = new StaffingPlanOptions
        {
            MinutesPerOrder = minutesPerOrder ?? StaffingPlanDefaults.MinutesPerOrder,
            Days = days ?? StaffingPlanDefaults.Days,
            ContactsPerOrder = contactsPerOrder ?? StaffingPlanDefaults.ContactsPerOrder,
            HandlingTimeSeconds = handlingTimeSeconds ?? StaffingPlanDefaults.HandlingTimeSeconds,
            Desk = new StaffingOptions
            {
                TargetServiceLevel = targetServiceLevel ?? StaffingDefaults.TargetServiceLevel,
                TargetAnswerTimeSeconds = targetAnswerTimeSeconds ?? StaffingDefaults.TargetAnswerTimeSeconds,
                MaxOccupancy = maxOccupancy ?? StaffingDefaults.MaxOccupancy,
            },
        };
        if (!TryRead(store, context, options.Validate, out var demand, out var problem))
        {
            return problem;
        }

        try
        {
            StaffingPlan plan = StaffingPlanner.Plan(demand.History, options, cancellationToken: context.RequestAborted);
            return TypedResults.Ok(new StaffingResponse(plan.Start, plan.Model, options.MinutesPerOrder, options.ContactsPerOrder, options.HandlingTimeSeconds, plan.Days, plan.Hours));
        }
        catch (ArgumentException e)
        {
            // Erlang C found no staffing that meets the target within its agent cap.
            return Invalid("targetServiceLevel", e.Message);
        }
    }

    /// <summary>
    /// Checks the options, then reads the shop's demand; otherwise the problem: an option out of range
    /// (named by its query parameter), no orders yet, or a time zone this machine does not know.
    /// </summary>
    private static bool TryRead(ITailorStore store, HttpContext context, Action validate, out ShopDemand demand, out ProblemHttpResult problem)
    {
        demand = null!;
        problem = null!;
        try
        {
            validate();
        }
        catch (ArgumentException e)
        {
            // Option names are the query parameters' names in PascalCase.
            problem = Invalid(e.ParamName is { Length: > 0 } p ? char.ToLowerInvariant(p[0]) + p[1..] : "query", e.Message);
            return false;
        }

        try
        {
            demand = ShopDemand.Read(store, context.Key().ShopId, context.RequestAborted);
        }
        catch (ArgumentException e)
        {
            problem = TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Shop settings");
            return false;
        }

        if (demand.History.Days == 0)
        {
            problem = Problems.NotFound("This shop has no orders yet: forecasts, purchase lists and staffing plans need a sales history.");
            return false;
        }

        return true;
    }

    private static ProblemHttpResult Invalid(string field, string reason) => Problems.Invalid([new FieldError(null, field, reason)]);
}
