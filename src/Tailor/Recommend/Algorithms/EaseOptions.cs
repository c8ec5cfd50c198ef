namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Knobs of <see cref="EaseTrainer"/>, the closed-form item-item model of Steck (2019).
/// Defaults live in <see cref="EaseDefaults"/>.
/// </summary>
public sealed record EaseOptions
{
    /// <summary>Largest <see cref="MaxItems"/> accepted: N * N values must fit in one array.</summary>
    public const int ItemLimit = 46_340;

    /// <summary>
    /// L2 penalty on the item-item weights, added to the diagonal of the Gram matrix X^T X; in units
    /// of (strength squared) co-occurrences. Range (0, 1e12]. Default 500, the setting that reaches
    /// NDCG@10 0.124 on the Online Retail split in public code; larger values mean smoother, more
    /// popular recommendations. Scale it up when <see cref="Binarize"/> is off and strengths exceed 1.
    /// </summary>
    public double Lambda { get; init; } = EaseDefaults.Lambda;

    /// <summary>
    /// Whether every positive strength counts as 1, in training and in the histories passed to
    /// Score, as in the paper. Default true; false keeps Tailor's weighted strengths.
    /// </summary>
    public bool Binarize { get; init; } = EaseDefaults.Binarize;

    /// <summary>
    /// Score a history with its strengths (recency, purchase over view) even when training binarised
    /// the matrix: the model is linear, so a recent purchase can count more than an old view. False
    /// scores every history item as 1 when <see cref="Binarize"/> is on. Default true.
    /// </summary>
    public bool WeightedHistory { get; init; } = true;

    /// <summary>
    /// Largest catalogue accepted. EASE keeps a dense items x items matrix: N items need N * N * 4
    /// bytes in the model and N * N * 8 more (16 without OpenBLAS) while training, so 20,000 items take
    /// 1.6 GB to serve. Range [1, <see cref="ItemLimit"/>]. Default 20,000.
    /// </summary>
    public int MaxItems { get; init; } = EaseDefaults.MaxItems;

    /// <summary>
    /// Most threads the managed parts of training use; -1 for all cores, else [1, 1024]. Results do
    /// not depend on it. Default -1.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = EaseDefaults.MaxDegreeOfParallelism;

    /// <summary>Skips OpenBLAS even when it loads, so tests cover the managed inverse.</summary>
    internal bool ManagedInverseOnly { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        OptionCheck.Require("EASE", Lambda is > 0 and <= 1e12, nameof(Lambda), $"must be above 0 and at most 1e12 (was {Lambda})");
        OptionCheck.Require("EASE", MaxItems is >= 1 and <= ItemLimit, nameof(MaxItems), $"must be between 1 and {ItemLimit} (was {MaxItems})");
        OptionCheck.Require(
            "EASE",
            MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism is >= 1 and <= 1024,
            nameof(MaxDegreeOfParallelism),
            $"must be -1 (all cores) or between 1 and 1024 (was {MaxDegreeOfParallelism})");
    }
}
