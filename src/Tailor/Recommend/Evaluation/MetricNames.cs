namespace Tailor.Recommend.Evaluation;

/// <summary>Names of the metrics as they appear in reports: "ndcg@10" is <see cref="Ndcg"/> at k = 10.</summary>
public static class MetricNames
{
    public const string Precision = "precision";
    public const string Recall = "recall";
    public const string Ndcg = "ndcg";
    public const string Map = "map";
    public const string HitRate = "hitrate";
    public const string Mrr = "mrr";
    public const string Coverage = "coverage";
    public const string Novelty = "novelty";
    public const string Gini = "gini";

    /// <summary>Every metric, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Precision, Recall, Ndcg, Map, HitRate, Mrr, Coverage, Novelty, Gini];

    /// <summary>The report key of <paramref name="metric"/> at <paramref name="k"/>, such as "ndcg@10".</summary>
    public static string Key(string metric, int k) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{metric}@{k}");

    /// <summary>Reads a key such as "ndcg@10" back into its metric and cut-off.</summary>
    /// <exception cref="ArgumentException">Not a known metric followed by @ and a positive whole number.</exception>
    public static (string Metric, int K) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = key.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && int.TryParse(key.AsSpan(at + 1), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var k) && k > 0)
        {
            var metric = key[..at].ToLowerInvariant();
            if (All.Contains(metric, StringComparer.Ordinal))
            {
                return (metric, k);
            }
        }

        throw new ArgumentException(
            $"'{key}' is not a metric: expected one of {string.Join(", ", All)} followed by @k, such as ndcg@10.", nameof(key));
    }

    /// <summary>Whether a larger value is better: true for all but <see cref="Gini"/> (concentration).</summary>
    public static bool HigherIsBetter(string metric) => !string.Equals(metric, Gini, StringComparison.Ordinal);
}
