namespace Tailor.Recommend.Evaluation;

/// <summary>The result of evaluating one model on one test set.</summary>
public sealed class EvaluationMetrics
{
    public EvaluationMetrics(int users, int skippedUsers, IReadOnlyList<MetricsAtK> byCutoff)
    {
        ArgumentNullException.ThrowIfNull(byCutoff);
        Users = users;
        SkippedUsers = skippedUsers;
        ByCutoff = byCutoff;
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var atK in byCutoff)
        {
            foreach (var metric in MetricNames.All)
            {
                values[MetricNames.Key(metric, atK.K)] = atK[metric];
            }
        }

        Values = values;
    }

    /// <summary>Test users evaluated: those the training data knows.</summary>
    public int Users { get; }

    /// <summary>Test users left out because the training data has no history for them.</summary>
    public int SkippedUsers { get; }

    /// <summary>Metrics per cut-off, ascending k.</summary>
    public IReadOnlyList<MetricsAtK> ByCutoff { get; }

    /// <summary>Every value by key, such as "precision@10" or "gini@20" (<see cref="MetricNames.Key"/>).</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary>The value of a key such as "ndcg@10".</summary>
    /// <exception cref="KeyNotFoundException">The key names a metric or cut-off that was not evaluated.</exception>
    public double this[string key] => Values.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"'{key}' was not evaluated; keys are like {string.Join(", ", Values.Keys.Take(3))}.");

    /// <summary>The metrics at cut-off <paramref name="k"/>.</summary>
    public MetricsAtK At(int k) => ByCutoff.FirstOrDefault(m => m.K == k)
        ?? throw new KeyNotFoundException($"Cut-off {k} was not evaluated.");
}
