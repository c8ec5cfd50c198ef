using System.Text.Json;
using Tailor.Data;
using Tailor.Recommend;

namespace Tailor.Reports;

/// <summary>
/// What the metrics of a stored recommender say, in a shape a page can show: the data it learnt from,
/// the blend it serves and each algorithm's validation scores, with accuracy next to coverage, novelty
/// and popularity bias (the Gini coefficient of how often items are shown).
/// </summary>
/// <param name="Version">Model version.</param>
/// <param name="TrainedAt">When training finished.</param>
/// <param name="Users">Customers and sessions in the interaction matrix, when recorded.</param>
/// <param name="Items">Items in the model, when recorded.</param>
/// <param name="Interactions">Non-zero customer-item cells, when recorded.</param>
/// <param name="Seconds">Training time, when recorded.</param>
/// <param name="Blend">The blend as validated ("auto"), or null when training could not hold out a validation period.</param>
/// <param name="Algorithms">Every algorithm searched or blended, the best on <see cref="RankingMetric"/> first.</param>
public sealed record RecommenderModelReport(
    int Version,
    DateTimeOffset TrainedAt,
    int? Users,
    int? Items,
    int? Interactions,
    double? Seconds,
    AlgorithmScore? Blend,
    IReadOnlyList<AlgorithmScore> Algorithms)
{
    /// <summary>The metric algorithms are ranked by, as training selects on it: "ndcg@10".</summary>
    public const string RankingMetric = "ndcg@10";

    /// <summary>Reads a stored recommender's metrics; throws <see cref="ArgumentException"/> for another kind of model.</summary>
    public static RecommenderModelReport From(StoredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != RecommenderBundle.ModelKind)
        {
            throw new ArgumentException($"Model kind '{model.Kind}' is not a recommender.", nameof(model));
        }

        var root = MetricsJson.Parse(model.Metrics);
        var figures = root is { } r ? MetricsJson.Numbers(r) : [];
        var weights = root is { } w && w.TryGetProperty("Weights", out var weightsElement)
            ? MetricsJson.Numbers(weightsElement)
            : [];
        var validation = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        if (root is { } v && v.TryGetProperty("Validation", out var validationElement) && validationElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var algorithm in validationElement.EnumerateObject())
            {
                validation[algorithm.Name] = MetricsJson.Numbers(algorithm.Value);
            }
        }

        var algorithms = weights.Keys.Union(validation.Keys, StringComparer.Ordinal)
            .Where(name => name != "auto")
            .Select(name => new AlgorithmScore(name, weights.GetValueOrDefault(name),
                validation.TryGetValue(name, out var scores) ? scores : new Dictionary<string, double>(StringComparer.Ordinal)))
            .OrderByDescending(a => a[RankingMetric] ?? double.NegativeInfinity)
            .ThenByDescending(a => a.Weight)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        var blend = validation.TryGetValue("auto", out var blendScores) ? new AlgorithmScore("auto", 1, blendScores) : null;
        return new RecommenderModelReport(model.Version, model.TrainedAt, Count(figures, "Users"), Count(figures, "Items"),
            Count(figures, "Interactions"), figures.TryGetValue("Seconds", out var seconds) ? seconds : null, blend, algorithms);
    }

    private static int? Count(Dictionary<string, double> figures, string name) =>
        figures.TryGetValue(name, out var value) ? (int)value : null;
}
