using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Tailor.Data.Sqlite;

namespace Tailor.Bench;

/// <summary>
/// How long each dashboard page takes on the demo shop: the real `tailor serve` process, signed in with a
/// dashboard user, each page requested over loopback after a warm-up. The time is the whole response as
/// the client sees it (request sent to last byte), so it bounds the server's render time from above.
/// </summary>
internal static partial class DashboardBenchmark
{
    private const int Warmup = 3;
    private const string Password = "benchmark password";

    public static string Run(int requests)
    {
        var md = new StringBuilder();
        md.AppendLine("## Dashboard pages (server render time)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- Command: `bench/run dashboard`: the demo shop (`tailor demo --no-serve`: 2,000 customers, 500 items, two years), `tailor serve`, one signed-in client on loopback; each page {Warmup} warm-up requests (the first timed on its own) then {requests} timed ones, one at a time");
        md.AppendLine("- Time: request sent to last byte received, so server render time plus loopback; target under 300 ms per page");
        md.AppendLine("- First: the page's first request after the server started. Before it listens the server warms each shop's caches (recommender, customer analytics, sales summary) and scores one customer (`DashboardWarmup`); what is left in the first request is mostly the JIT compiling the page's own code. A page that answers \"working\" while its fits run (Marketing, Operations; started in the background at start-up) is timed once they are done");
        var work = Directory.CreateTempSubdirectory("tailor-dashboard-");
        var db = Path.Combine(work.FullName, "demo.db");
        try
        {
            Tailor(["demo", "--no-serve", "--db", db]);
            var users = ChildProcess.Run(TailorPath, ["users", "add", "--name", "bench", "--password-stdin", "--db", db], stdin: Password + "\n");
            if (users.ExitCode != 0)
            {
                throw new InvalidOperationException($"tailor users add failed: {users.Stderr}");
            }

            string customer;
            string item;
            using (var store = SqliteStore.Open(db))
            {
                customer = store.SearchCustomers("default", null, 1)[0].CustomerId;
                var last = store.GetStats("default").LastOrderAt!.Value;
                item = store.ReadTopItems("default", last.AddDays(-90), 1)[0].ItemId;
            }

            var pages = new (string Name, string Path)[]
            {
                ("Sign in", "/login"),
                ("Overview", "/"),
                ("Customers (the 50 who spent most)", "/customers"),
                ("Customers, search", "/customers?q=C001"),
                ("Customer profile with recommendations", $"/customers/{customer}"),
                ("Customer, what-if preview", $"/customers/{customer}?viewed={item}"),
                ("Recommendations (evaluation)", "/recommendations"),
                ("Recommendations, similar items", $"/recommendations?item={item}"),
                ("Marketing (curves, audience, send times)", "/marketing"),
                ("Marketing, budget plan", "/marketing?budget=300&objective=max-response"),
                ("Operations (forecast, purchase list, staffing)", "/operations"),
                ("Operations, an item's forecast", $"/operations?series=item:{Uri.EscapeDataString(item)}"),
                ("Data", "/data"),
                ("Segments", "/segments"),
                ("Experiments (the demo's campaign test)", "/experiments"),
            };
            var loadBefore = MachineInfo.LoadAverage();
            var (started, lines) = Measure(db, pages, requests);
            md.AppendLine(CultureInfo.InvariantCulture, $"- Start: `tailor serve` process start to its first answer (warm-up included): {started.TotalMilliseconds:N0} ms");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- Load: 1-minute load average {loadBefore} before the server started and {MachineInfo.LoadAverage()} after the last page (2 cores; above 2, other work on the machine inflates every figure)");
            md.AppendLine();
            md.AppendLine("| page | first | median | p95 | max | HTML |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var line in lines)
            {
                md.AppendLine(line);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        return md.ToString();
    }

    private static (TimeSpan Started, List<string> Lines) Measure(string db, (string Name, string Path)[] pages, int requests)
    {
        var url = $"http://127.0.0.1:{HttpBenchmark.FreePort()}";
        var start = Stopwatch.StartNew();
        var server = Process.Start(new ProcessStartInfo(TailorPath)
        {
            ArgumentList = { "serve", "--db", db, "--urls", url, "--train-every", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var lines = new List<string>();
        var started = TimeSpan.Zero;
        try
        {
            HttpBenchmark.WaitReady(url);
            started = start.Elapsed;
            using var client = SignIn(url);
            foreach (var (name, path) in pages)
            {
                var uri = new Uri(path, UriKind.Relative);
                var first = Stopwatch.StartNew();
                var html = Fetch(client, uri);
                var firstMs = first.Elapsed.TotalMilliseconds;
                if (html.Contains("data-working", StringComparison.Ordinal))
                {
                    WaitForBackgroundWork(client, uri);
                    first.Restart();
                    html = Fetch(client, uri);
                    firstMs = first.Elapsed.TotalMilliseconds;
                }

                long bytes = html.Length;
                for (var i = 1; i < Warmup; i++)
                {
                    bytes = Fetch(client, uri).Length;
                }

                var times = new double[requests];
                for (var i = 0; i < requests; i++)
                {
                    var clock = Stopwatch.StartNew();
                    Fetch(client, uri);
                    times[i] = clock.Elapsed.TotalMilliseconds;
                }

                Array.Sort(times);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {firstMs:F0} ms | {times[times.Length / 2]:F1} ms | {times[(int)Math.Ceiling(0.95 * times.Length) - 1]:F1} ms | {times[^1]:F1} ms | {bytes / 1024.0:F0} KiB |"));
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }

        return (started, lines);
    }

    /// <summary>
    /// Pages whose fits run in the background (Marketing, Operations) answer at once with a "working" state
    /// until the fit is done; that answer is not the page, so timing starts only when it is gone. The server
    /// starts the fits itself at start-up; the wait is how long they take, not part of the figure.
    /// </summary>
    private static void WaitForBackgroundWork(HttpClient client, Uri uri) =>
        HttpBenchmark.WaitUntil(() => !Fetch(client, uri).Contains("data-working", StringComparison.Ordinal), $"Work behind {uri}");

    private static HttpClient SignIn(string url)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(url),
        };
        var login = Fetch(client, new Uri("/login", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(login).Groups[1].Value);
        var response = client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Form.Name"] = "bench",
            ["Form.Password"] = Password,
        })).Result;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    private static string Fetch(HttpClient client, Uri uri)
    {
        using var response = client.GetAsync(uri).Result;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{uri} answered {(int)response.StatusCode}.");
        }

        return response.Content.ReadAsStringAsync().Result;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static string TailorPath => Path.Combine(AppContext.BaseDirectory, "tailor");

    private static void Tailor(string[] args)
    {
        var result = ChildProcess.Run(TailorPath, args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"tailor {string.Join(' ', args)} failed: {result.Stderr}");
        }
    }
}
