using Tailor.Data;
using Tailor.Operations;

namespace Tailor.Server.Dashboard;

/// <summary>
/// What the Operations page shows, computed by the engine in the background (<see cref="DashboardWork"/>):
/// the shop's demand series, forecasts, the purchase list and the staffing plan, with the API's defaults.
/// </summary>
public sealed class OperationsViews(ITailorStore store, DashboardWork work)
{
    /// <summary>Days forecast: four weeks, the API's default.</summary>
    public const int HorizonDays = 28;

    /// <summary>The shop's items and its sales as daily series.</summary>
    public Task<ShopDemand> Demand(string shopId, ShopStats stats) =>
        work.Get(shopId, "operations.demand", stats, token => ShopDemand.Read(store, shopId, token));

    /// <summary>The forecast of the total (<paramref name="key"/> ignored), a category or an item, days ahead.</summary>
    public Task<DemandForecast> Forecast(string shopId, ShopStats stats, DemandScope scope, string? key) =>
        work.Get(shopId, $"operations.forecast|{scope}|{key}", stats, token =>
        {
            var series = Wait(Demand(shopId, stats)).History.Series(scope, key);
            return DemandForecast.Fit(series, new AutoForecaster(), series.PeriodsCovering(HorizonDays), cancellationToken: token);
        });

    /// <summary>The suggested purchase list with the default service level, lead time and costs.</summary>
    public Task<PurchaseList> Purchases(string shopId, ShopStats stats) =>
        work.Get(shopId, "operations.purchases", stats, token =>
        {
            var demand = Wait(Demand(shopId, stats));
            return PurchaseListBuilder.Build(demand.History, demand.Items, new PurchaseOptions(), cancellationToken: token);
        });

    /// <summary>Orders and staff per hour of the coming week.</summary>
    public Task<StaffingPlan> Staffing(string shopId, ShopStats stats) =>
        work.Get(shopId, "operations.staffing", stats, token => StaffingPlanner.Plan(Wait(Demand(shopId, stats)).History, new StaffingPlanOptions(), cancellationToken: token));

    // Runs on a pool thread of DashboardWork: waiting there for the shared read is what a caller would do anyway.
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
