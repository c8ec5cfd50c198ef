using Tailor.Operations;
using Tailor.Simulation;

namespace Tailor.Tests.Operations;

/// <summary>
/// The acceptance figure: a simulated year of daily demand per item (the shop simulator's second
/// year, with the first as history) replayed against the purchase suggestions, re-forecast every four
/// weeks, and against ordering up to 30 days of average demand.
/// </summary>
public sealed class InventoryReplayTests
{
    private static readonly Lazy<IReadOnlyList<ReplayItem>> Items = new(() =>
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 6000, Items = 120, Days = 730, Seed = 12, EmailCampaigns = false });
        return ReplayItems.FromHistory(DemandHistory.Build(shop.Orders, shop.Items), shop.Items, 730);
    });

    [Fact]
    public void Following_the_suggestions_for_a_year_meets_the_service_target_with_less_stock_than_30_days_of_cover()
    {
        IReadOnlyList<ReplayItem> items = Items.Value;

        InventoryReplayResult result = InventoryReplay.Run(items, new InventoryReplayOptions { HistoryDays = 365, MaxDegreeOfParallelism = 2 });

        // Most simulated items sell on fewer than three days in four (intermittent), a good share sell daily.
        Assert.InRange(items.Count, 60, 120);
        Assert.Equal(0.95, result.TargetServiceLevel);
        Assert.InRange(result.Planned.CycleServiceLevel, 0.93, 0.97);
        Assert.True(result.Planned.HoldingCost < result.Fixed.HoldingCost,
            $"holding {result.Planned.HoldingCost:F0} with the suggestions vs {result.Fixed.HoldingCost:F0} with the fixed rule");
        Assert.Equal(result.Planned.DemandUnits, result.Fixed.DemandUnits);
        Assert.InRange(result.Planned.FillRate, 0.97, 1);
    }

    [Fact]
    public void A_steady_poisson_item_is_served_at_the_target_and_the_fixed_rule_holds_more()
    {
        // Poisson(4) a day, lead time 7, weekly review: the reorder point is the 95% quantile of
        // Poisson(56), 69 units, so each cycle runs short with probability about 5% (less with lost sales
        // and whole units); 30 days of cover keeps about 120 units after each review instead.
        var random = new Random(8);
        var demand = new double[365 + 728];
        for (int t = 0; t < demand.Length; t++)
        {
            demand[t] = Poisson(random, 4);
        }

        InventoryReplayResult result = InventoryReplay.Run(
            [new ReplayItem("steady", 10, 20, demand)],
            new InventoryReplayOptions { HistoryDays = 365, ReplayDays = 728, Forecaster = new DemandForecaster(new ThetaForecaster(), new AutoForecastOptions()) });

        Assert.InRange(result.Planned.CycleServiceLevel, 0.9, 1);
        Assert.True(result.Planned.HoldingCost < 0.7 * result.Fixed.HoldingCost);
        Assert.Equal(1, result.Fixed.CycleServiceLevel, 2);
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_item_named()
    {
        var shortItem = new ReplayItem("short", 1, null, new double[100]);
        var free = new ReplayItem("free", 0, null, new double[400]);

        Assert.Contains("'short'", Assert.Throws<ArgumentException>(() => InventoryReplay.Run([shortItem], new InventoryReplayOptions { HistoryDays = 365 })).Message, StringComparison.Ordinal);
        Assert.Contains("'free'", Assert.Throws<ArgumentException>(() => InventoryReplay.Run([free], new InventoryReplayOptions { HistoryDays = 30, ReplayDays = 30 })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => InventoryReplay.Run([], new InventoryReplayOptions { HistoryDays = 3 }));
    }

    private static int Poisson(Random random, double mean)
    {
        // Knuth's multiplication method; fine for small means.
        double limit = Math.Exp(-mean);
        double product = random.NextDouble();
        int k = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            k++;
        }

        return k;
    }
}
