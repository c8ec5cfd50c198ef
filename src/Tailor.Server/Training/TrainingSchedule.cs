using Tailor.Data;

namespace Tailor.Server.Training;

/// <summary>
/// Retrains shops on a schedule: every <see cref="TailorServerOptions.TrainEvery"/> it queues each shop
/// whose data changed since it was last queued, and at start each shop that has data but no model.
/// An unchanged shop is left alone, so a quiet night costs nothing.
/// </summary>
public sealed class TrainingSchedule(ITailorStore store, TrainingQueue queue, TailorServerOptions options, TimeProvider clock, ILogger<TrainingSchedule> logger)
    : BackgroundService
{
    // What each shop held when it was last queued; any difference (a new event, order, customer) means retrain.
    private readonly Dictionary<string, ShopStats> _queuedAt = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.TrainEvery <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.TrainEvery, clock);
        do
        {
            try
            {
                QueueChangedShops();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A store hiccup must not end the schedule; the next tick tries again.
                logger.LogWarning(e, "Scheduled training could not check the shops");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Queues every shop that needs a training now; returns the shops queued.</summary>
    public IReadOnlyList<string> QueueChangedShops()
    {
        var queued = new List<string>();
        foreach (var shop in store.ListShops())
        {
            var stats = store.GetStats(shop.Id);
            var hasData = stats.Orders > 0 || stats.Events > 0;
            if (!hasData || queue.IsBusy(shop.Id))
            {
                continue;
            }

            var changed = _queuedAt.TryGetValue(shop.Id, out var last)
                ? last != stats
                : !store.ListModels(shop.Id).Any(m => m.Kind == Recommend.RecommenderBundle.ModelKind);
            if (changed)
            {
                _queuedAt[shop.Id] = stats;
                queue.Enqueue(shop.Id);
                queued.Add(shop.Id);
            }
            else
            {
                _queuedAt.TryAdd(shop.Id, stats);
            }
        }

        return queued;
    }
}
