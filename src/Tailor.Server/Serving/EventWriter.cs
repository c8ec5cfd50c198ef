using System.Threading.Channels;
using Tailor.Data;

namespace Tailor.Server.Serving;

/// <summary>
/// Group commit for events: requests hand their validated events to one writer, which commits
/// everything waiting in a single transaction and then acknowledges each request. Under load many
/// requests share one fsync and one write lock; a lone request waits for nothing but its own commit.
/// </summary>
public sealed class EventWriter(ITailorStore store) : BackgroundService
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Commits the events (with the group that is waiting) and returns how many were new.</summary>
    public Task<int> WriteAsync(string shopId, IReadOnlyList<ShopEvent> events, CancellationToken cancellationToken)
    {
        var pending = new Pending(shopId, events, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The server is shutting down; the events were not stored.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            group.Clear();
            while (group.Count < 256 && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            foreach (var shop in group.GroupBy(p => p.ShopId, StringComparer.Ordinal))
            {
                Commit(shop.Key, shop.ToList());
            }
        }
    }

    private void Commit(string shopId, List<Pending> requests)
    {
        try
        {
            var inserted = new int[requests.Count];
            using (var session = store.BeginImport(shopId))
            {
                for (var r = 0; r < requests.Count; r++)
                {
                    var before = session.Changes - session.Placeholders.Customers - session.Placeholders.Items;
                    session.InsertEvents(requests[r].Events);
                    inserted[r] = (int)(session.Changes - session.Placeholders.Customers - session.Placeholders.Items - before);
                }

                session.Commit();
            }

            for (var r = 0; r < requests.Count; r++)
            {
                requests[r].Done.SetResult(inserted[r]);
            }
        }
        catch (Exception e)
        {
            // Nothing of the group was committed: every request hears so and can retry (keys make that safe).
            foreach (var request in requests)
            {
                request.Done.TrySetException(e);
            }
        }
    }

    public override void Dispose()
    {
        _queue.Writer.TryComplete();
        base.Dispose();
    }

    private sealed record Pending(string ShopId, IReadOnlyList<ShopEvent> Events, TaskCompletionSource<int> Done);
}
