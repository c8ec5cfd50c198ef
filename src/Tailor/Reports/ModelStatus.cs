using Tailor.Data;

namespace Tailor.Reports;

/// <summary>The newest version of one kind of model: when it was trained and the figures its training recorded.</summary>
/// <param name="Kind">What the model is for, such as "recommender".</param>
/// <param name="Version">Its version number.</param>
/// <param name="TrainedAt">When training finished.</param>
/// <param name="Figures">The numbers at the top level of its metrics (such as Users, Interactions, Seconds), by name.</param>
public sealed record ModelStatus(string Kind, int Version, DateTimeOffset TrainedAt, IReadOnlyDictionary<string, double> Figures)
{
    /// <summary>The newest version of each kind, by kind; <paramref name="models"/> as the store lists them.</summary>
    public static IReadOnlyList<ModelStatus> Latest(IEnumerable<StoredModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models
            .GroupBy(m => m.Kind, StringComparer.Ordinal)
            .Select(g => g.MaxBy(m => m.Version)!)
            .OrderBy(m => m.Kind, StringComparer.Ordinal)
            .Select(m => new ModelStatus(m.Kind, m.Version, m.TrainedAt, FiguresOf(m.Metrics)))
            .ToList();
    }

    private static Dictionary<string, double> FiguresOf(string? metrics) =>
        MetricsJson.Parse(metrics) is { } root ? MetricsJson.Numbers(root) : new Dictionary<string, double>(StringComparer.Ordinal);
}
