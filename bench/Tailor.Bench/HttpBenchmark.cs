using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tailor.Data.Sqlite;

namespace Tailor.Bench;

/// <summary>
/// The HTTP service under load from wrk on loopback: GET recommendations for random customers, and
/// batched event ingestion, on the demo shop and on an Online Retail shop; the server is the real
/// `tailor serve` process and its peak memory comes from the kernel (VmHWM).
/// </summary>
internal static partial class HttpBenchmark
{
    private const int BatchSize = 1000;

    public static string Run(string dataPath, int seconds)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            return "## HTTP service\n\nwrk is not installed (`apt-get install wrk`); `bench/run http` installs it.\n";
        }

        var md = new StringBuilder();
        md.AppendLine("## HTTP service (wrk on loopback)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}; server and wrk share the 2 cores");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- Command: `bench/run http`; once the server's start-up fits are done (`tailor_dashboard_warmup_running` 0 on /metrics), each load runs {seconds} s after a warm-up of {Math.Max(10, seconds)} s: recommendations `wrk -t2 -c16 --latency` (and again with 32 connections) with a random customer per request, ingestion `wrk -t1 -c4` posting batches of {BatchSize:N0} new events");
        md.AppendLine();
        md.AppendLine("| shop | model items | GET recommendations req/s, 16 connections | p50 | p99 | req/s, 32 connections | p99 | ingestion events/s | ingestion p99 per batch | server peak memory |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var work = Directory.CreateTempSubdirectory("tailor-http-");
        try
        {
            md.AppendLine(Shop("demo (2,000 customers, 500 items)", work.FullName, seconds, db => Tailor(["demo", "--no-serve", "--db", db])));
            md.AppendLine(Shop("Online Retail (4,372 customers, 3,957 items)", work.FullName, seconds, db =>
            {
                Tailor(["import", "orders", dataPath, "--format", "online-retail", "--db", db]);
                Tailor(["train", "--db", db]);
            }));
        }
        finally
        {
            work.Delete(recursive: true);
        }

        return md.ToString();
    }

    private static string Shop(string label, string work, int seconds, Action<string> prepare)
    {
        var db = Path.Combine(work, $"{Guid.NewGuid():N}.db");
        prepare(db);
        var read = Key(db, "read");
        var ingest = Key(db, "ingest");
        string[] customers;
        string[] items;
        using (var store = SqliteStore.Open(db))
        {
            customers = store.ReadCustomers("default").Select(c => c.ExternalId).Take(2000).ToArray();
            items = store.ReadItems("default").Select(i => i.ExternalId).Take(2000).ToArray();
        }

        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var server = Process.Start(new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "tailor"))
        {
            ArgumentList = { "serve", "--db", db, "--urls", url },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        try
        {
            WaitReady(url);
            WaitForStartupWork(url);
            var recScript = Path.Combine(work, "recommend.lua");
            File.WriteAllText(recScript, RecommendScript(read, customers));
            // Warm up for longer than a run: tiered compilation re-compiles the hot paths with profile
            // data only after thousands of calls, and a server runs for days, not seconds.
            Wrk(["-t2", "-c16", $"-d{Math.Max(10, seconds)}s", "-s", recScript, url]);
            var rec = Wrk(["-t2", "-c16", $"-d{seconds}s", "--latency", "-s", recScript, url]);
            var busy = Wrk(["-t2", "-c32", $"-d{seconds}s", "--latency", "-s", recScript, url]);
            var ingestScript = Path.Combine(work, "ingest.lua");
            File.WriteAllText(ingestScript, IngestScript(ingest, customers, items));
            var ing = Wrk(["-t1", "-c4", $"-d{seconds}s", "--latency", "-s", ingestScript, url]);
            var peak = PeakMemory(server.Id);
            var modelItems = items.Length >= 2000 ? "3,957" : items.Length.ToString("N0", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {modelItems} | {rec.RequestsPerSecond:N0} | {rec.P50} | {rec.P99} | {busy.RequestsPerSecond:N0} | {busy.P99} | {ing.RequestsPerSecond * BatchSize:N0} | {ing.P99} | {peak / 1048576.0:F0} MiB |");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static void Tailor(string[] args)
    {
        var result = ChildProcess.Run(Path.Combine(AppContext.BaseDirectory, "tailor"), args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"tailor {string.Join(' ', args)} failed: {result.Stderr}");
        }
    }

    // The benchmark measures the server's capacity, so its keys are exempt from the per-key rate limit.
    private static string Key(string db, string scope)
    {
        var result = ChildProcess.Run(Path.Combine(AppContext.BaseDirectory, "tailor"), ["keys", "create", "--scope", scope, "--rate-limit", "0", "--db", db, "--json"]);
        return JsonDocument.Parse(result.Stdout).RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>
    /// Waits until the dashboard's start-up fits are done (its gauge on /metrics reads 0): they take the
    /// cores for seconds to minutes after a start, and the load test measures the server in steady state.
    /// </summary>
    internal static void WaitForStartupWork(string url)
    {
        using var client = new HttpClient();
        WaitUntil(() => client.GetStringAsync(new Uri(url + "/metrics")).Result.Contains("tailor_dashboard_warmup_running 0", StringComparison.Ordinal),
            "The server's start-up work");
    }

    /// <summary>Polls every half second until <paramref name="done"/>; after 10 minutes gives up, naming <paramref name="what"/>.</summary>
    internal static void WaitUntil(Func<bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new InvalidOperationException($"{what} still runs after 10 minutes.");
            }

            Thread.Sleep(500);
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static void WaitReady(string url)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if (client.GetAsync(new Uri(url + "/healthz")).Result.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (AggregateException)
            {
                // not listening yet
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("The server did not start within 30 s.");
    }

    private static string RecommendScript(string key, string[] customers) => $$"""
        local ids = { {{string.Join(",", customers.Select(c => $"\"{c}\""))}} }
        local headers = { ["Authorization"] = "Bearer {{key}}" }
        request = function()
          return wrk.format("GET", "/api/v1/customers/" .. ids[math.random(#ids)] .. "/recommendations?n=10", headers)
        end
        """;

    private static string IngestScript(string key, string[] customers, string[] items) => $$"""
        local customers = { {{string.Join(",", customers.Select(c => $"\"{c}\""))}} }
        local items = { {{string.Join(",", items.Select(i => $"\"{i}\""))}} }
        local headers = { ["Authorization"] = "Bearer {{key}}", ["Content-Type"] = "application/json" }
        local counter = 0
        local prefix = tostring(math.random(1, 1000000000))
        request = function()
          counter = counter + 1
          local parts = {}
          for i = 1, {{BatchSize}} do
            parts[i] = '{"type":"view","customerId":"' .. customers[math.random(#customers)] .. '","itemId":"' .. items[math.random(#items)] ..
              '","idempotencyKey":"' .. prefix .. '-' .. counter .. '-' .. i .. '"}'
          end
          return wrk.format("POST", "/api/v1/events", headers, "[" .. table.concat(parts, ",") .. "]")
        end
        """;

    private sealed record WrkResult(double RequestsPerSecond, string P50, string P99);

    private static WrkResult Wrk(string[] args)
    {
        var result = ChildProcess.Run("/usr/bin/wrk", args);
        var rps = double.Parse(RequestsPerSecond().Match(result.Stdout).Groups[1].Value, CultureInfo.InvariantCulture);
        string Percentile(string p) => Regex.Match(result.Stdout, $@"^\s+{p}%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;
        if (Regex.IsMatch(result.Stdout, @"Non-2xx or 3xx responses: (\d+)"))
        {
            throw new InvalidOperationException($"wrk saw failed responses:\n{result.Stdout}");
        }

        return new WrkResult(rps, Percentile("50"), Percentile("99"));
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    private static long PeakMemory(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(':')[1].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
    }
}
