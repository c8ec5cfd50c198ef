using System.Collections.Concurrent;
using System.Threading.Channels;
using Tailor.Data;
using Tailor.Recommend.Training;

namespace Tailor.Server.Training;

/// <summary>
/// Trains in the background, one job at a time (training uses both cores; two at once would only
/// slow each other). Serving never waits for it: a finished model is stored as a new version and the
/// <see cref="Serving.RecommenderCache"/> swaps it in; a failed training leaves the current version serving.
/// </summary>
public sealed class TrainingQueue(
    ITailorStore store, TimeProvider clock, Serving.RecommenderCache models, Serving.CustomerAnalyticsCache analytics, ILogger<TrainingQueue> logger)
    : BackgroundService
{
    private static readonly Prometheus.Counter Trainings = Prometheus.Metrics.CreateCounter(
        "tailor_trainings_total", "Background trainings by outcome (succeeded, failed).", "outcome");

    private readonly Channel<string> _pending = Channel.CreateUnbounded<string>();
    private readonly ConcurrentDictionary<string, TrainingJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>Queues a training of the shop's models and returns the job.</summary>
    public TrainingJob Enqueue(string shopId)
    {
        var job = new TrainingJob(Guid.NewGuid().ToString("N"), shopId, TrainingJob.Queued, clock.GetUtcNow(), null, null, null);
        _jobs[job.Id] = job;
        _pending.Writer.TryWrite(job.Id);
        return job;
    }

    /// <summary>True while a job of the shop is queued or running, so a schedule does not pile up more.</summary>
    public bool IsBusy(string shopId) =>
        _jobs.Values.Any(j => j.ShopId == shopId && j.Status is TrainingJob.Queued or TrainingJob.Running);

    /// <summary>The shop's jobs since the server started, newest first.</summary>
    public IReadOnlyList<TrainingJob> Recent(string shopId, int count) =>
        _jobs.Values.Where(j => j.ShopId == shopId).OrderByDescending(j => j.QueuedAt).Take(count).ToList();

    /// <summary>The job, when it belongs to the shop.</summary>
    public TrainingJob? Find(string shopId, string jobId) =>
        _jobs.TryGetValue(jobId, out var job) && job.ShopId == shopId ? job : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            var job = _jobs[id] with { Status = TrainingJob.Running };
            _jobs[id] = job;
            try
            {
                var version = await Task.Run(() => Train(job.ShopId, stoppingToken), stoppingToken);
                _jobs[id] = job with { Status = TrainingJob.Succeeded, FinishedAt = clock.GetUtcNow(), ModelVersion = version };
                Trainings.WithLabels(TrainingJob.Succeeded).Inc();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The previous model keeps serving; the job says why this one did not replace it.
                _jobs[id] = job with { Status = TrainingJob.Failed, FinishedAt = clock.GetUtcNow(), Error = e.Message };
                Trainings.WithLabels(TrainingJob.Failed).Inc();
                logger.LogWarning(e, "Training shop {Shop} failed; the previous model keeps serving", job.ShopId);
            }
        }
    }

    /// <summary>The recommender, then the customer analytics (segments, CLV, churn), then both loaded into their caches; the job reports the recommender's version.</summary>
    private int Train(string shopId, CancellationToken cancellationToken)
    {
        var version = RecommenderTraining.TrainAndStore(store, shopId, new RecommenderTrainingOptions(), cancellationToken: cancellationToken).Version;
        Tailor.Customers.CustomerAnalytics.TrainAndStore(store, shopId, new Tailor.Customers.CustomerAnalyticsOptions(), cancellationToken: cancellationToken);
        // Load the new versions here, in the background, rather than in the first request that notices them.
        models.Refresh(shopId);
        analytics.Refresh(shopId);
        return version;
    }

    public override void Dispose()
    {
        _pending.Writer.TryComplete();
        base.Dispose();
    }
}
