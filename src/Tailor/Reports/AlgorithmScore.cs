namespace Tailor.Reports;

/// <summary>One algorithm of a trained recommender: its weight in the blend and how it scored on validation.</summary>
/// <param name="Name">Algorithm name, such as "ease" or "item-knn"; "auto" is the blend itself.</param>
/// <param name="Weight">Its weight in the blend that serves; 0 when searched but left out.</param>
/// <param name="Validation">Its metrics on the validation period, by key such as "ndcg@10"; empty when training had too little data to hold one out.</param>
public sealed record AlgorithmScore(string Name, double Weight, IReadOnlyDictionary<string, double> Validation)
{
    /// <summary>The metric with that key, or null when training did not record it.</summary>
    public double? this[string key] => Validation.TryGetValue(key, out var value) ? value : null;
}
