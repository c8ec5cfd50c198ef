namespace Tailor.Recommend.Evaluation;

/// <summary>How <see cref="RecommenderEvaluator"/> ranks and measures.</summary>
public sealed record EvaluationOptions
{
    /// <summary>List lengths k to report every metric at; each at least 1. Default 10 and 20.</summary>
    public IReadOnlyList<int> Cutoffs { get; init; } = EvaluationDefaults.Cutoffs;

    /// <summary>
    /// Whether a user's training items are left out of their candidates, as a shop does not show what
    /// a customer already has. Default true.
    /// </summary>
    public bool ExcludeTrainItems { get; init; } = true;

    /// <summary>
    /// Most threads scoring users at once; -1 (the default) for as many as the machine has. Results
    /// do not depend on it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
