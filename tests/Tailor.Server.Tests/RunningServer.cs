using Tailor.Data;
using Tailor.Data.Sqlite;

namespace Tailor.Server.Tests;

/// <summary>The real server on a free loopback port over a database file of the test's own.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _run;

    private RunningServer(string directory, string dbPath, CancellationTokenSource stop, Task run, Uri address)
    {
        _stop = stop;
        Directory = directory;
        DbPath = dbPath;
        _run = run;
        Client = new HttpClient { BaseAddress = address };
    }

    public string Directory { get; }

    public string DbPath { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(
        Action<ITailorStore>? seed = null, Func<TailorServerOptions, TailorServerOptions>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tailor-server-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var dbPath = Path.Combine(directory, "tailor.db");
        using (var store = SqliteStore.Open(dbPath))
        {
            seed?.Invoke(store);
        }

        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stop = new CancellationTokenSource();
        var options = new TailorServerOptions { DbPath = dbPath, Urls = "http://127.0.0.1:0" };
        options = configure?.Invoke(options) ?? options;
        var run = TailorServer.RunAsync(options, addresses => started.SetResult(addresses[0]), stop.Token);
        var first = await Task.WhenAny(started.Task, run);
        if (first == run)
        {
            await run; // surfaces the start-up failure
        }

        return new RunningServer(directory, dbPath, stop, run, new Uri(await started.Task));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run;
        Client.Dispose();
        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Harmless leftover.
        }
    }
}
