namespace Tailor.Recommend.Evaluation;

/// <summary>Every metric at one cut-off. Ranking metrics and novelty are means over users; the rest describe all lists together.</summary>
/// <param name="K">The cut-off.</param>
/// <param name="Precision">Mean precision@k.</param>
/// <param name="Recall">Mean recall@k.</param>
/// <param name="Ndcg">Mean NDCG@k.</param>
/// <param name="Map">Mean average precision@k.</param>
/// <param name="HitRate">Share of users with at least one hit.</param>
/// <param name="Mrr">Mean reciprocal rank of the first hit.</param>
/// <param name="Coverage">Share of training items in anyone's top k.</param>
/// <param name="Novelty">Mean self-information, in bits, of the recommended items (<see cref="CatalogueMetrics.SelfInformation"/>).</param>
/// <param name="Gini">Gini coefficient of exposure over training items (<see cref="CatalogueMetrics.Gini"/>).</param>
public sealed record MetricsAtK(
    int K,
    double Precision,
    double Recall,
    double Ndcg,
    double Map,
    double HitRate,
    double Mrr,
    double Coverage,
    double Novelty,
    double Gini)
{
    /// <summary>The value of <paramref name="metric"/> (one of <see cref="MetricNames.All"/>).</summary>
    public double this[string metric] => metric switch
    {
        MetricNames.Precision => Precision,
        MetricNames.Recall => Recall,
        MetricNames.Ndcg => Ndcg,
        MetricNames.Map => Map,
        MetricNames.HitRate => HitRate,
        MetricNames.Mrr => Mrr,
        MetricNames.Coverage => Coverage,
        MetricNames.Novelty => Novelty,
        MetricNames.Gini => Gini,
        _ => throw new ArgumentException($"'{metric}' is not a metric: expected one of {string.Join(", ", MetricNames.All)}.", nameof(metric)),
    };
}
