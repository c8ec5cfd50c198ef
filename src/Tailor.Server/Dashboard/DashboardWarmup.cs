using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Tailor.Data;
using Tailor.Recommend;
using Tailor.Server.Dashboard.Components;
using Tailor.Server.Serving;

namespace Tailor.Server.Dashboard;

/// <summary>
/// Does, once at start, the work the first dashboard requests would otherwise do while an owner waits:
/// loads each shop's recommender and customer-analytics report into their caches, builds its sales
/// summary, scores one customer's recommendations and renders the overview's chart (output discarded)
/// so that code is compiled. Hosted services start
/// before the server listens, so the first request finds all of it ready; the server starts that much
/// later instead (measured in docs/benchmarks.md). A shop that fails to warm is logged and skipped: its
/// pages load it on first use as before.
/// </summary>
public sealed class DashboardWarmup(
    ITailorStore store, RecommenderCache models, CustomerAnalyticsCache analytics, SalesSummaryCache sales, TimeProvider clock,
    IServiceProvider services, ILoggerFactory loggers, ILogger<DashboardWarmup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var shops = store.ListShops();
        foreach (var shop in shops)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await WarmAsync(shop);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Warming the dashboard of shop {Shop} failed; its pages load what they need on first use", shop.Id);
            }
        }

        logger.LogInformation("Dashboard caches of {Shops} shops warmed in {Milliseconds} ms", shops.Count, watch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync(Shop shop)
    {
        var format = new Formats(shop);
        if (sales.Get(store.GetStats(shop.Id), format.Zone) is { } summary)
        {
            await RenderAsync<RevenueTrendChart>(new Dictionary<string, object?> { ["Trend"] = summary.Trend, ["Format"] = format });
        }

        analytics.Get(shop.Id);
        if (models.Get(shop.Id) is not { } current)
        {
            return;
        }

        // The customer who spent most: the first one the Customers page lists.
        if (store.SearchCustomers(shop.Id, null, 1) is [var top] && store.ReadCustomerActivity(shop.Id, top.CustomerId) is { } activity)
        {
            CustomerRecommendations.For(current.Service, activity, new RecommendationRequest { Count = 10 }, clock.GetUtcNow());
        }
    }

    /// <summary>Renders a component to HTML and drops it: compiles the rendering code the pages share.</summary>
    private async Task RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
