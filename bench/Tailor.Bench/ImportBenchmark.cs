using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Tailor.Bench;

/// <summary>
/// `tailor import orders online_retail.csv.gz --format online-retail` as whole processes: fresh
/// database each run, process start included, peak memory from the kernel. The peer is the sqlite3
/// shell's `.import` of the same rows (no validation, no model), when sqlite3 is installed.
/// </summary>
internal static class ImportBenchmark
{
    public static string Run(string dataPath, int runs)
    {
        var tailor = Path.Combine(AppContext.BaseDirectory, "tailor");
        var work = Directory.CreateTempSubdirectory("tailor-bench-");
        try
        {
            var plainCsv = Path.Combine(work.FullName, "online_retail.csv");
            using (var gzip = new GZipStream(File.OpenRead(dataPath), CompressionMode.Decompress))
            using (var output = File.Create(plainCsv))
            {
                gzip.CopyTo(output);
            }

            var gz = Measure(tailor, dataPath, work.FullName, runs, out var rows, out var lastDb);
            var reimport = ChildProcess.Run(tailor, ["import", "orders", dataPath, "--format", "online-retail", "--db", lastDb, "--json"]);
            var changes = JsonDocument.Parse(reimport.Stdout).RootElement.GetProperty("changes").GetInt64();
            var peak = ChildProcess.PeakChildMemoryBytes();
            var plain = Measure(tailor, plainCsv, work.FullName, runs, out _, out _);
            var peer = SqliteShellImport(plainCsv, work.FullName, runs);

            var md = new StringBuilder();
            md.AppendLine("## Import: Online Retail orders");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            md.AppendLine("- Command: `bench/run import`");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- Each figure is the median of {runs} whole-process runs into a fresh SQLite file (process start included).");
            md.AppendLine();
            md.AppendLine("| what | median s | rows read / s | note |");
            md.AppendLine("|---|---:|---:|---|");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `tailor import orders online_retail.csv.gz --format online-retail` | {gz.TotalSeconds:F2} | {rows / gz.TotalSeconds:N0} | {rows:N0} rows read; peak memory {peak / 1048576.0:F0} MiB |");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| the same, re-imported into the filled database | {reimport.Wall.TotalSeconds:F2} | {rows / reimport.Wall.TotalSeconds:N0} | {changes} rows changed |");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `tailor import` of the decompressed CSV | {plain.TotalSeconds:F2} | {rows / plain.TotalSeconds:N0} | |");
            if (peer is { } p)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| peer: sqlite3 shell `.import --csv` of the decompressed CSV into one table | {p.TotalSeconds:F2} | {rows / p.TotalSeconds:N0} | no validation, no orders/items/customers; Tailor / sqlite3 = {plain.TotalSeconds / p.TotalSeconds:F2} |");
            }
            else
            {
                md.AppendLine("| peer: sqlite3 shell | - | - | not installed (`apt-get install sqlite3`) |");
            }

            return md.ToString();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static TimeSpan Measure(string tailor, string file, string work, int runs, out long rows, out string lastDb)
    {
        var times = new List<TimeSpan>();
        rows = 0;
        lastDb = "";
        var format = file.Contains("online_retail", StringComparison.Ordinal) ? "online-retail" : "tailor";
        for (var i = 0; i < runs; i++)
        {
            lastDb = Path.Combine(work, $"import-{Guid.NewGuid():N}.db");
            var result = ChildProcess.Run(tailor, ["import", "orders", file, "--format", format, "--db", lastDb, "--json"]);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"tailor import failed: {result.Stderr}");
            }

            rows = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("read").GetInt64();
            times.Add(result.Wall);
        }

        return Median(times);
    }

    private static TimeSpan? SqliteShellImport(string csv, string work, int runs)
    {
        if (!File.Exists("/usr/bin/sqlite3"))
        {
            return null;
        }

        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var db = Path.Combine(work, $"peer-{i}.db");
            var result = ChildProcess.Run("/usr/bin/sqlite3", [db], stdin: $"PRAGMA journal_mode=WAL;\n.import --csv {csv} retail\n");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"sqlite3 import failed: {result.Stderr}");
            }

            times.Add(result.Wall);
        }

        return Median(times);
    }

    internal static TimeSpan Median(List<TimeSpan> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}
