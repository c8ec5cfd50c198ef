using System.Collections.Concurrent;
using Tailor.Data;

namespace Tailor.Server.Dashboard;

/// <summary>
/// The slow work behind dashboard pages (curve fits, forecasts, audiences), run once per shop and state of
/// its data, in the background. A page waits a moment for it; when it is not done, the page says the work is
/// running and reloads, rather than hold the request for the seconds a fit takes. Results stay until the
/// shop's data changes (its <see cref="ShopStats"/> differ); a failure stays as well, since the same data fails
/// the same way, and the page shows its reason.
/// </summary>
public sealed class DashboardWork(IHostApplicationLifetime lifetime, ILogger<DashboardWork> logger)
{
    /// <summary>How long a page waits for running work before it shows the running state.</summary>
    public static readonly TimeSpan PageWait = TimeSpan.FromSeconds(1.5);

    // A few shops with their forecasts browsed item by item; beyond it the cache starts afresh rather than grow.
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<(string Shop, string Name), Entry> _entries = new();

    /// <summary>The work named <paramref name="name"/> for the shop as <paramref name="stats"/> describes it, started when not yet started.</summary>
    /// <param name="shopId">The shop.</param>
    /// <param name="name">What is computed, with its options (one name, one result).</param>
    /// <param name="stats">The shop's counts, read before its data: the key of the data's state.</param>
    /// <param name="compute">The work; it gets the server's stopping token.</param>
    public Task<T> Get<T>(string shopId, string name, ShopStats stats, Func<CancellationToken, T> compute)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(compute);
        if (_entries.Count > MaxEntries)
        {
            _entries.Clear();
        }

        var stopping = lifetime.ApplicationStopping;
        // Its own thread: a fit holds a core for seconds, and pool threads serve the pages meanwhile.
        var fresh = new Entry(stats, new Lazy<Task>(() => Task.Factory.StartNew(
            () => Run(shopId, name, compute, stopping), stopping, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        var entry = _entries.AddOrUpdate((shopId, name), fresh, (_, old) => old.Stats == stats ? old : fresh);
        return (Task<T>)entry.Work.Value;
    }

    /// <summary>Waits up to <see cref="PageWait"/> for the tasks; true when all are done (done includes failed).</summary>
    public static async Task<bool> ReadyAsync(params Task[] tasks)
    {
        var all = Task.WhenAll(tasks);
        if (!all.IsCompleted)
        {
            await Task.WhenAny(all, Task.Delay(PageWait));
        }

        return tasks.All(t => t.IsCompleted);
    }

    /// <summary>Why the work failed, in the engine's words; null when it has not failed.</summary>
    public static string? Failure(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Exception?.GetBaseException() switch
        {
            null => null,
            var e when Expected(e) => e.Message,
            var e => $"The computation failed unexpectedly ({e.GetType().Name}); the server log has the details.",
        };
    }

    private T Run<T>(string shopId, string name, Func<CancellationToken, T> compute, CancellationToken stopping)
    {
        try
        {
            return compute(stopping);
        }
        catch (Exception e) when (!Expected(e) && e is not OperationCanceledException)
        {
            // The page shows only that it failed; the details are for whoever runs the server.
            logger.LogError(e, "Dashboard work {Name} of shop {Shop} failed", name, shopId);
            throw;
        }
    }

    // How the engine says the data cannot support a computation: its message is meant for the owner.
    private static bool Expected(Exception e) => e is ArgumentException or KeyNotFoundException or InvalidOperationException;

    private sealed record Entry(ShopStats Stats, Lazy<Task> Work);
}
