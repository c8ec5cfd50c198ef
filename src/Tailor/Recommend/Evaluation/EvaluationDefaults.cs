namespace Tailor.Recommend.Evaluation;

/// <summary>Defaults of the evaluation options, in one place.</summary>
public static class EvaluationDefaults
{
    /// <summary>Share of each user's (or of all) interactions held out for testing: 0.2.</summary>
    public const double TestFraction = 0.2;

    /// <summary>The metric model selection maximises: NDCG at 10.</summary>
    public const string SelectionMetric = "ndcg@10";

    /// <summary>List lengths every metric is reported at: 10 and 20.</summary>
    public static IReadOnlyList<int> Cutoffs { get; } = [10, 20];
}
