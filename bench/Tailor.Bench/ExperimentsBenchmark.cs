using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tailor.Data;
using Tailor.Data.Sqlite;
using Tailor.Experiments;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>
/// Experiments: how the tests behave under peeking (simulated A/A and A/B experiments with a fixed seed),
/// how fast SRM is caught, how much a bandit moves, and how fast reports and assignments run.
/// </summary>
internal static class ExperimentsBenchmark
{
    private const double Alpha = 0.05;
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Run()
    {
        var md = new StringBuilder();
        md.AppendLine("## Experiments");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine("- Command: `bench/run experiments` (in process; simulations with fixed seeds, so the rates are exactly reproducible)");
        md.AppendLine();
        md.AppendLine("Peeking: 2,000 simulated experiments per row, conversion 10% in control, read after every batch of 100 subjects per arm up to");
        md.AppendLine("5,000 per arm (50 looks); a row counts the experiments in which some look had p < 0.05. Under no difference that is the");
        md.AppendLine("false-positive rate; under a true +10% lift (10% to 11%) it is the power.");
        md.AppendLine();
        md.AppendLine("| truth | looks | naive z test rejects | mSPRT (sequential p) rejects | z test read once at 5,000 per arm |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (lift, label) in new[] { (0.0, "no difference (A/A)"), (0.1, "+10% lift") })
        {
            var rates = ExperimentSimulator.Peeking(0.1, 0.1 * (1 + lift), experiments: 2000, looks: 50, batch: 100, Alpha, seed: 7);
            md.AppendLine(CultureInfo.InvariantCulture, $"| {label} | 50 | {rates.Naive:P1} | {rates.Sequential:P1} | {rates.FinalLookOnly:P1} |");
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"SRM: a 50/50 experiment that really splits 52/48 is flagged (p < 0.001) in {SrmPower(20_000, 1000):P1} of 1,000 simulations at 20,000 subjects and in {SrmPower(5_000, 1000):P1} at 5,000; a true 50/50 split in {SrmPower(20_000, 1000, 0.5):P1}.");
        md.AppendLine();
        var (bestShare, conversions, equalConversions) = Bandit();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Bandit: three arms converting at 4%, 5% and 8%, 200 new subjects an hour for 30 hours, weights updated hourly: the best arm got {bestShare:P1} of the 6,000 subjects, and the bandit earned {conversions:N0} conversions against {equalConversions:N0} expected from a fixed equal split.");
        md.AppendLine();
        md.AppendLine("| speed | median of 3 | data |");
        md.AppendLine("|---|---:|---|");
        var (analysis, subjects) = AnalysisSpeed();
        md.AppendLine(CultureInfo.InvariantCulture, $"| report from observations (3 variants, Monte Carlo P(best) with 100,000 draws) | {analysis * 1000:F0} ms | {subjects:N0} exposed subjects |");
        var (report, assign, assigned) = StoreSpeed();
        md.AppendLine(CultureInfo.InvariantCulture, $"| report from the SQLite store (read outcomes and pre-period orders, analyse) | {report * 1000:F0} ms | {assigned:N0} exposed subjects |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| first assignment of a new subject (hash, durable exposure: one fsync) | {assign * 1000:F2} ms | one at a time |");
        md.AppendLine();
        return md.ToString();
    }

    private static double SrmPower(int subjects, int simulations, double share = 0.52)
    {
        var random = new Random(11);
        var flagged = 0;
        for (var s = 0; s < simulations; s++)
        {
            long a = 0;
            for (var i = 0; i < subjects; i++)
            {
                a += random.NextDouble() < share ? 1 : 0;
            }

            flagged += SampleRatioMismatch.Check([a, subjects - a], [1, 1]).Mismatch ? 1 : 0;
        }

        return (double)flagged / simulations;
    }

    private static (double BestShare, long Conversions, double EqualConversions) Bandit()
    {
        double[] truth = [0.04, 0.05, 0.08];
        var run = ExperimentSimulator.Bandit(truth, hours: 30, perHour: 200, new ExperimentOptions(), seed: 5);
        return ((double)run.Observations.Count(o => o.Variant == "C") / run.Observations.Count, run.Conversions, run.Observations.Count * truth.Average());
    }

    private static (double Seconds, int Subjects) AnalysisSpeed()
    {
        var random = new Random(3);
        var observations = new List<ExperimentObservation>(300_000);
        for (var i = 0; i < 300_000; i++)
        {
            var converted = random.NextDouble() < 0.1 ? 1 : 0;
            observations.Add(new ExperimentObservation($"S{i}", $"V{i % 3}", Start.AddSeconds(i), converted * 30, converted, random.NextDouble() < 0.2 ? 25 : 0, 0));
        }

        var experiment = Experiment(ExperimentMetric.Revenue, 3);
        return (CustomersBenchmark.Median(() => ExperimentAnalyzer.Analyze(experiment, observations, [], new ExperimentOptions(), Start)), observations.Count);
    }

    private static (double Report, double Assign, int Subjects) StoreSpeed()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tailor-bench-experiments", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using var store = SqliteStore.Open(Path.Combine(directory, "bench.db"));
            store.EnsureShop(new Shop("default", "Bench"));
            var service = new ExperimentService(store);
            service.Create("default", new ExperimentSpec("bench", ExperimentVariant.ParseList("A,B,C")), Start);
            const int subjects = 20_000;
            var random = new Random(9);
            store.ImportExposures("default", "bench", Enumerable.Range(0, subjects)
                .Select(i => new HistoricalExposure($"C{i}", $"{(char)('A' + (i % 3))}", Start.AddSeconds(i), random.NextDouble() < 0.1 ? 1 : null)).ToList());
            var report = CustomersBenchmark.Median(() => service.Report("default", "bench", Start.AddDays(1)));
            var clock = Stopwatch.StartNew();
            const int fresh = 200;
            for (var i = 0; i < fresh; i++)
            {
                service.Assign("default", "bench", $"new-{i}", Start.AddDays(1));
            }

            return (report, clock.Elapsed.TotalSeconds / fresh, subjects);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Experiment Experiment(ExperimentMetric metric, int variants)
    {
        var names = Enumerable.Range(0, variants).Select(k => new ExperimentVariant($"V{k}", 1)).ToArray();
        return new Experiment("bench", names, metric, false, OutcomeSource.Logged, null, ExperimentStatus.Running, null, Start,
            names.Select(_ => 1.0 / variants).ToArray(), Start);
    }
}
