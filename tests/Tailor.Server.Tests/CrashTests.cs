using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Tailor.Data;
using Tailor.Data.Sqlite;

namespace Tailor.Server.Tests;

/// <summary>
/// kill -9 the server while it ingests: after a restart, every event it acknowledged is there exactly
/// once (the commit precedes the answer, synchronous=FULL makes the commit durable, idempotency keys
/// make the client's retries harmless).
/// </summary>
public sealed class CrashTests
{
    [Fact]
    public async Task Every_acknowledged_event_survives_a_kill_9_exactly_once()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tailor-crash-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "tailor.db");
        string key;
        using (var store = SqliteStore.Open(db))
        {
            store.EnsureShop(new Shop("default", "Crash test"));
            key = ApiKey.Generate();
            store.SaveApiKey("default", ApiKey.Hash(key), ApiKey.DisplayPrefix(key), ApiScope.Ingest, null);
        }

        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        var server = StartServer(db, out var url);
        try
        {
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 4).Select(sender => Task.Run(async () =>
            {
                using var client = new HttpClient { BaseAddress = new Uri(url) };
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
                for (var batch = 0; !stop.IsCancellationRequested; batch++)
                {
                    var keys = Enumerable.Range(0, 50).Select(i => $"s{sender}-b{batch}-e{i}").ToArray();
                    var body = "[" + string.Join(",", keys.Select(k => $$"""{"type":"view","customerId":"c{{sender}}","itemId":"i{{k.Length % 7}}","idempotencyKey":"{{k}}"}""")) + "]";
                    try
                    {
                        var response = await client.PostAsync(new Uri("/api/v1/events", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            foreach (var k in keys)
                            {
                                acknowledged.Add(k);
                            }
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToArray();

            while (acknowledged.Count < 20_000)
            {
                await Task.Delay(50);
            }

            server.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
            await server.WaitForExitAsync();
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        // "Restart": open the file as the next server would (WAL recovery happens on open).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var store = SqliteStore.Open(db))
        {
            var stored = store.ReadEvents("default").Select(e => e.IdempotencyKey).ToList();
            Assert.Equal(stored.Count, stored.Distinct().Count());
            var present = stored.ToHashSet();
            var lost = acknowledged.Where(k => !present.Contains(k)).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged events were lost, e.g. {string.Join(", ", lost.Take(3))}");
            Assert.True(acknowledged.Count >= 20_000);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static Process StartServer(string db, out string url)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "tailor.dll"), "serve", "--db", db, "--urls", url },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        using var client = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if (client.GetAsync(new Uri(url + "/healthz")).Result.IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (AggregateException)
            {
                // not listening yet
            }

            Thread.Sleep(100);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"tailor serve did not start: {process.StandardError.ReadToEnd()}");
    }
}
