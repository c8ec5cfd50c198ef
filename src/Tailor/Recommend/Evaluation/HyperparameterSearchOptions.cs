namespace Tailor.Recommend.Evaluation;

/// <summary>How <see cref="HyperparameterSearch"/> compares candidates.</summary>
public sealed record HyperparameterSearchOptions
{
    /// <summary>
    /// The metric key to optimise, such as "ndcg@10" or "recall@20" (<see cref="MetricNames.Key"/>).
    /// Larger is better, except for gini. Its cut-off is evaluated even when missing from
    /// <see cref="Evaluation"/>. Default "ndcg@10".
    /// </summary>
    public string Metric { get; init; } = EvaluationDefaults.SelectionMetric;

    /// <summary>How each candidate's model is evaluated on the validation set.</summary>
    public EvaluationOptions Evaluation { get; init; } = new();
}
