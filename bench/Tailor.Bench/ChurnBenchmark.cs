using System.Globalization;
using System.Text;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Csv;
using Tailor.Data.Sqlite;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>
/// Churn quality by issue 5's protocol: features from before a cut-off, label = at least one purchase
/// in the 90 days after it, the trees trained only on outcomes known by the cut-off, next to the
/// recency-rank and BG/NBD baselines. The validation cut-off, a horizon earlier, is where the settings
/// were chosen; the test cut-off was scored with them as they are.
/// </summary>
internal static class ChurnBenchmark
{
    private static readonly DateTimeOffset OnlineRetailCutoff = new(2011, 6, 1, 0, 0, 0, TimeSpan.Zero);

    // The last cut-off whose 90 days the file covers (it ends on 2011-12-09): never looked at while choosing settings.
    private static readonly DateTimeOffset LastKnownHorizon = new(2011, 9, 10, 0, 0, 0, TimeSpan.Zero);

    public static string Run(string dataPath)
    {
        var options = new ChurnOptions();
        var md = new StringBuilder();
        md.AppendLine("## Churn: gradient-boosted trees against recency and BG/NBD");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine("- Command: `bench/run churn`");
        md.Append(CultureInfo.InvariantCulture,
            $"- Protocol: features from purchases (and events) up to the cut-off; label = no purchase in the {options.HorizonDays} days after it (churn); ");
        md.Append(
            "the trees are trained only on cut-offs whose label windows end by the scored cut-off (whole 90-day windows, and later cut-offs labelled over the shorter window known, the window a feature). " +
            "AUC ranks churners above buyers (ties half); log-loss in nats (recency is a rank, so none). ");
        md.Append(CultureInfo.InvariantCulture,
            $"Default settings ({options.NumberOfTrees} trees, {options.NumberOfLeaves} leaves, at least {options.MinimumCustomersPerLeaf} customers a leaf, learning rate {options.LearningRate}), ");
        md.AppendLine(
            "fixed on the validation cut-offs, where each choice (per-cut-off percentiles for counts that grow with history, no gap statistics, shorter-window cut-offs with the window as a feature, small trees) held on both data sets. The test figures were also looked at while exploring, before that protocol was set, so they are not a perfectly blind hold-out; the later check (Online Retail's last known horizon) was first run after the settings were fixed.");
        md.AppendLine();
        md.AppendLine("| data | cut-off | role | customers | churn rate | trees AUC | recency AUC | BG/NBD AUC | trees log-loss | BG/NBD log-loss | training rows |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");

        var retail = ChurnHistory.From(ReadOnlineRetail(dataPath));
        Row(md, "Online Retail", retail, OnlineRetailCutoff.AddDays(-options.HorizonDays), "validation", options);
        Row(md, "Online Retail", retail, OnlineRetailCutoff, "test", options);
        Row(md, "Online Retail", retail, LastKnownHorizon, "later check", options);

        var simulator = new ShopSimulatorOptions { Customers = 5_000 };
        var shop = ShopSimulator.Generate(simulator);
        // The last day's orders are the last known outcomes: cut-offs count back from its start.
        var end = new DateTimeOffset(simulator.Start.AddDays(simulator.Days - 1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var withEvents = ChurnHistory.From(shop.Orders, shop.Events);
        var ordersOnly = ChurnHistory.From(shop.Orders);
        Row(md, "simulator", withEvents, end.AddDays(-3 * options.HorizonDays), "validation", options);
        Row(md, "simulator", withEvents, end.AddDays(-options.HorizonDays), "test", options);
        Row(md, "simulator, orders only", ordersOnly, end.AddDays(-options.HorizonDays), "test", options);
        md.AppendLine();
        md.Append(CultureInfo.InvariantCulture,
            $"Online Retail: the UCI file, imported as `tailor import --format online-retail` does (cancellations as returns, no events); it starts on 2010-12-01, so a model scored on {OnlineRetailCutoff:yyyy-MM-dd} learns from outcomes up to that day only. ");
        md.Append(CultureInfo.InvariantCulture,
            $"Simulator: `ShopSimulator` with {simulator.Customers:N0} customers over {simulator.Days} days from {simulator.Start:yyyy-MM-dd} (seed {simulator.Seed}); its customers keep visiting the site until they drop out, which BG/NBD cannot see and the trees read from web and email events. ");
        md.AppendLine(
            "Without events (last row) the simulator is BG/NBD's own process, and the trees only match it.");
        md.AppendLine();
        return md.ToString();
    }

    private static void Row(StringBuilder md, string data, ChurnHistory history, DateTimeOffset cutoff, string role, ChurnOptions options)
    {
        var e = ChurnPropensity.Evaluate(history, cutoff, options);
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| {data} | {cutoff:yyyy-MM-dd} | {role} | {e.TestCustomers:N0} | {e.TestChurnRate:P1} | {e.Boosted.Auc:F3} | {e.Recency.Auc:F3} | {e.BgNbd.Auc:F3} | {e.Boosted.LogLoss:F3} | {e.BgNbd.LogLoss:F3} | {e.TrainingRows:N0} |");
        Console.WriteLine($"  {data} {cutoff:yyyy-MM-dd} {role}: trees {e.Boosted.Auc:F4}, recency {e.Recency.Auc:F4}, BG/NBD {e.BgNbd.Auc:F4}");
    }

    /// <summary>The file through the real importer into a throw-away store, then its orders.</summary>
    internal static List<Order> ReadOnlineRetail(string path)
    {
        var dir = Path.Combine(Path.GetTempPath(), "tailor-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var store = SqliteStore.Open(Path.Combine(dir, "retail.db"));
            store.EnsureShop(new Shop(Shop.DefaultId, "Online Retail"));
            new CsvImporter(store).Import(Shop.DefaultId, DataKind.Orders, path, ImportFormat.OnlineRetail);
            return store.ReadOrders(Shop.DefaultId).ToList();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
