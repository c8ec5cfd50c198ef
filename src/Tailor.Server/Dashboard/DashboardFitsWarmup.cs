using Tailor.Data;
using Tailor.Operations;

namespace Tailor.Server.Dashboard;

/// <summary>
/// Starts the slow work of the Marketing and Operations pages for every shop with data when the server
/// starts, one piece after another, so the owner's first visit finds the curves fitted and the forecasts made.
/// </summary>
public sealed class DashboardFitsWarmup(ITailorStore store, MarketingViews marketing, OperationsViews operations, ILogger<DashboardFitsWarmup> logger)
    : BackgroundService
{
    // Load tests and operators can tell when the start-up burst of fitting is over (it competes with serving).
    private static readonly Prometheus.Gauge Running = Prometheus.Metrics.CreateGauge(
        "tailor_dashboard_warmup_running", "1 while the dashboard's start-up fits (response curves, forecasts, purchase list) run, then 0.");

    /// <summary>Marks the warm-up as running before the server listens, so no one sees a 0 before it starts.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Running.Set(1);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await WarmAllAsync(stoppingToken);
        }
        finally
        {
            Running.Set(0);
        }
    }

    private async Task WarmAllAsync(CancellationToken stoppingToken)
    {
        foreach (var shop in store.ListShops())
        {
            var stats = store.GetStats(shop.Id);
            var zone = new Formats(shop).Zone;
            var work = new List<Func<Task>>();
            if (stats.Orders > 0)
            {
                work.Add(() => operations.Forecast(shop.Id, stats, DemandScope.Total, null));
                work.Add(() => operations.Purchases(shop.Id, stats));
                work.Add(() => operations.Staffing(shop.Id, stats));
            }

            if (stats.SpendRows > 0 && stats.Orders > 0)
            {
                work.Add(() => marketing.Curves(shop.Id, stats));
            }

            if (stats.CampaignSends > 0)
            {
                work.Add(() => marketing.SendTimes(shop.Id, stats, zone));
                work.Add(() => marketing.Audience(shop.Id, stats, zone, null, MarketingViews.DefaultContactCost));
            }

            foreach (var start in work)
            {
                stoppingToken.ThrowIfCancellationRequested();
                try
                {
                    await start();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The page shows the same failure with its reason; here it is only noted.
                    logger.LogInformation("Dashboard warm-up of shop {Shop}: {Reason}", shop.Id, e.Message);
                }
            }
        }
    }
}
