using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tailor.Customers;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>Customer analytics speed: BG/NBD and Gamma-Gamma fits, RFM and behavioural clustering on simulated shops.</summary>
internal static class CustomersBenchmark
{
    public static string Run()
    {
        var md = new StringBuilder();
        md.AppendLine("## Customer analytics");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine("- Command: `bench/run customers` (in process, median of 3 runs; data from the shop simulator)");
        md.AppendLine();
        md.AppendLine("| what | median | data |");
        md.AppendLine("|---|---:|---|");

        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 25_000, Items = 300, Days = 730, EmailCampaigns = false });
        var end = shop.Orders[^1].Timestamp;
        var summaries = TransactionSummary.FromOrders(shop.Orders, end, TimeUnit.Week);
        var repeat = summaries.Where(s => s.Frequency > 0 && s.MonetaryValue > 0).ToList();
        var fit = Median(() =>
        {
            BgNbdFitter.Fit(summaries);
            GammaGammaFitter.Fit(repeat);
        });
        md.AppendLine(CultureInfo.InvariantCulture, $"| BG/NBD + Gamma-Gamma fit | {fit:F3} s | {summaries.Count:N0} customers, {repeat.Count:N0} with repeat purchases |");

        var big = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 100_000, Items = 300, Days = 365, EmailCampaigns = false });
        var bigEnd = big.Orders[^1].Timestamp;
        var bigSummaries = TransactionSummary.FromOrders(big.Orders, bigEnd, TimeUnit.Day);
        var rfm = Median(() => RfmScorer.ScoreSummaries(bigSummaries));
        md.AppendLine(CultureInfo.InvariantCulture, $"| RFM scores and segments | {rfm:F3} s | {bigSummaries.Count:N0} customers |");
        var behaviours = CustomerBehaviourBuilder.FromOrders(big.Orders, big.Items, bigEnd);
        var clusters = Median(() => BehaviourClustering.Fit(behaviours));
        md.AppendLine(CultureInfo.InvariantCulture, $"| behavioural k-means, k chosen by silhouette | {clusters:F2} s | {behaviours.Count:N0} customers |");
        md.AppendLine();
        return md.ToString();
    }

    internal static double Median(Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[1];
    }
}
