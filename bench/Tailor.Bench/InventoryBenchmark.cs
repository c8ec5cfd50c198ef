using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tailor.Operations;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>
/// The inventory figure: the shop simulator's second year of daily demand per item replayed
/// against the purchase suggestions (re-forecast every four weeks on the demand seen so far) and against
/// ordering up to 30 days of average demand, both reviewed weekly with a 7-day lead time, lost sales.
/// </summary>
internal static class InventoryBenchmark
{
    public static string Run()
    {
        var md = new StringBuilder();
        md.AppendLine("## Inventory: purchase suggestions replayed for a year");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine("- Command: `bench/run inventory` (in process, one run per row)");
        md.AppendLine("- Data: shop simulator, 6,000 customers, 120 catalogue items, 730 days; every available product with a cost that was in the catalogue for both years and sold at least once. " +
            "Year 1 is history, year 2 is replayed day by day. Review every 7 days, lead time 7 days, unmet demand is lost, " +
            "holding 25% of unit cost a year, 2 per order line. The suggestions use `DemandForecaster` (Croston/SBA/TSB by backtest for intermittent items, ETS otherwise), refitted every 28 days. " +
            "The fixed rule orders up to 30 days of the last 90 days' average demand at each review.");
        md.AppendLine("- Cycle service level: share of replenishment cycles (delivery to delivery, per item) without a lost sale; fill rate: share of units sold from stock.");
        md.AppendLine();
        md.AppendLine("| seed | items | target | rule | cycle service | fill rate | holding cost | ordering cost | order lines | avg stock at cost | replay time |");
        md.AppendLine("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");

        var summary = new List<string>();
        foreach ((int seed, double target) in new[] { (11, 0.95), (12, 0.95), (13, 0.95), (12, 0.90), (12, 0.98) })
        {
            Console.WriteLine($"inventory: seed {seed}, target {target:P0}...");
            var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 6000, Items = 120, Days = 730, Seed = seed, EmailCampaigns = false });
            var items = ReplayItems.FromHistory(DemandHistory.Build(shop.Orders, shop.Items), shop.Items, 730);
            var clock = Stopwatch.StartNew();
            var result = InventoryReplay.Run(items, new InventoryReplayOptions
            {
                HistoryDays = 365,
                Purchase = new PurchaseOptions { ServiceLevel = target },
            });
            var seconds = clock.Elapsed.TotalSeconds;
            summary.Add(string.Create(CultureInfo.InvariantCulture,
                $"seed {seed} at {Percent(target, 0)}: {Percent(result.Planned.CycleServiceLevel, 1)} cycle service ({(result.Planned.CycleServiceLevel - target) * 100:+0.0;-0.0} points), holding {1 - (result.Planned.HoldingCost / result.Fixed.HoldingCost):P0} below the fixed rule"));
            foreach (var outcome in new[] { result.Planned, result.Fixed })
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {seed} | {items.Count} | {Percent(target, 0)} | {outcome.Policy} | {Percent(outcome.CycleServiceLevel, 1)} | {Percent(outcome.FillRate, 1)} | {outcome.HoldingCost:N0} | {outcome.OrderingCost:N0} | {outcome.Orders:N0} | {outcome.AverageStockValue:N0} | {(ReferenceEquals(outcome, result.Planned) ? seconds.ToString("F1", CultureInfo.InvariantCulture) + " s" : "")} |");
            }
        }

        md.AppendLine();
        md.AppendLine("Summary: " + string.Join("; ", summary).Replace(" %", "%", StringComparison.Ordinal) + ".");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"The replay time covers both rules for every item, almost all of it the planner's 14 refits per item; load average {MachineInfo.LoadAverage()} at the end of the run on {Environment.ProcessorCount} cores (other work shares the machine when it exceeds the cores, and then times are inflated).");
        md.AppendLine();
        return md.ToString();
    }

    private static string Percent(double share, int decimals) =>
        (share * 100).ToString(decimals == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + "%";
}
