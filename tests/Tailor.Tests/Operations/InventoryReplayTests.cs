using Tailor.Operations;
using Tailor.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Operations;

public sealed class InventoryReplayTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void Explore(int seed)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 6000, Items = 120, Days = 730, Seed = seed, EmailCampaigns = false });
        output.WriteLine($"sim {clock.Elapsed.TotalSeconds:F1}s orders {shop.Orders.Count}");
        var history = DemandHistory.Build(shop.Orders, shop.Items);
        var items = ReplayItems.FromHistory(history, shop.Items, 730);
        output.WriteLine($"items {items.Count}, mean daily {items.Average(i => i.Demand.Average()):F2}, intermittent {items.Count(i => AutoForecaster.IsIntermittent([.. i.Demand]))}");
        clock.Restart();
        var regular = items;
        foreach (IForecaster f in new IForecaster[] { new DemandForecaster() })
        {
            clock.Restart();
            var result = InventoryReplay.Run(regular, new InventoryReplayOptions { HistoryDays = 365, Forecaster = f });
            output.WriteLine($"{f.Name} n {regular.Count} replay {clock.Elapsed.TotalSeconds:F1}s");
            output.WriteLine(result.Planned.ToString());
            output.WriteLine(result.Fixed.ToString());
        }
    }
}
