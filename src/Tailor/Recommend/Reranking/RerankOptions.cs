using Tailor.Recommend.Algorithms;

namespace Tailor.Recommend.Reranking;

/// <summary>
/// Options of the learned re-ranker: which candidates it looks at and how its LambdaMART trees are
/// grown. Defaults live in <see cref="RerankDefaults"/>; they were chosen on validation periods carved
/// from the Online Retail training data (docs/benchmarks.md), never on its test period.
/// </summary>
public sealed record RerankOptions
{
    /// <summary>
    /// Learn a re-ranker during automatic selection and use it when validation prefers it to the blend.
    /// Default true.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Algorithms whose models propose candidates and lend their scores as features, by name, when
    /// automatic selection has them. Default ease, item-knn, als and content.
    /// </summary>
    public IReadOnlyList<string> Components { get; init; } = RerankDefaults.Components;

    /// <summary>
    /// Components that lend their scores as features but propose no candidates. Default content: text
    /// similarity proposes look-alikes that few people buy, yet it tells which candidates suit the
    /// customer (on the Online Retail validation periods, proposing 25 lowered NDCG@10).
    /// </summary>
    public IReadOnlyList<string> ScoreOnly { get; init; } = RerankDefaults.ScoreOnly;

    /// <summary>Candidates each proposing component puts forward: its best items outside the history. 5 to 500. Default 50.</summary>
    public int CandidatesPerModel { get; init; } = RerankDefaults.CandidatesPerModel;

    /// <summary>Trending items added to the candidates, outside the history. 0 to 500. Default 25.</summary>
    public int TrendingCandidates { get; init; } = RerankDefaults.TrendingCandidates;

    /// <summary>Boosted trees. 1 to 5,000. Default 200.</summary>
    public int Trees { get; init; } = RerankDefaults.Trees;

    /// <summary>Leaves per tree. 2 to 256. Default 16.</summary>
    public int Leaves { get; init; } = RerankDefaults.Leaves;

    /// <summary>Shrinkage of each tree's contribution. (0, 1]. Default 0.05.</summary>
    public double LearningRate { get; init; } = RerankDefaults.LearningRate;

    /// <summary>Fewest candidate rows in a leaf; larger values generalise more. 1 or more. Default 100.</summary>
    public int MinRowsPerLeaf { get; init; } = RerankDefaults.MinRowsPerLeaf;

    /// <summary>
    /// Fewest validation users with at least one purchase among their candidates needed to learn from;
    /// below it the blend is kept. 1 or more. Default 50.
    /// </summary>
    public int MinQueries { get; init; } = RerankDefaults.MinQueries;

    /// <summary>Random seed of the tree learner. Default 42.</summary>
    public int Seed { get; init; } = RerankDefaults.Seed;

    /// <summary>Candidates each of these components proposes: <see cref="CandidatesPerModel"/>, or 0 for the score-only ones.</summary>
    internal int[] Proposals(IEnumerable<string> components) =>
        [.. components.Select(c => ScoreOnly.Contains(c, StringComparer.Ordinal) ? 0 : CandidatesPerModel)];

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        const string name = "Re-ranker";
        OptionCheck.Require(name, Components is { Count: > 0 }, nameof(Components), "must name at least one algorithm");
        OptionCheck.Require(name, ScoreOnly is not null, nameof(ScoreOnly), "must be a list (empty for none)");
        OptionCheck.Require(name, CandidatesPerModel is >= 5 and <= 500, nameof(CandidatesPerModel), $"must be between 5 and 500 (was {CandidatesPerModel})");
        OptionCheck.Require(name, TrendingCandidates is >= 0 and <= 500, nameof(TrendingCandidates), $"must be between 0 and 500 (was {TrendingCandidates})");
        OptionCheck.Require(name, Trees is >= 1 and <= 5000, nameof(Trees), $"must be between 1 and 5000 (was {Trees})");
        OptionCheck.Require(name, Leaves is >= 2 and <= 256, nameof(Leaves), $"must be between 2 and 256 (was {Leaves})");
        OptionCheck.Require(name, LearningRate is > 0 and <= 1, nameof(LearningRate), $"must be above 0 and at most 1 (was {LearningRate})");
        OptionCheck.Require(name, MinRowsPerLeaf >= 1, nameof(MinRowsPerLeaf), $"must be at least 1 (was {MinRowsPerLeaf})");
        OptionCheck.Require(name, MinQueries >= 1, nameof(MinQueries), $"must be at least 1 (was {MinQueries})");
    }
}

/// <summary>Defaults of <see cref="RerankOptions"/>.</summary>
public static class RerankDefaults
{
    public static IReadOnlyList<string> Components { get; } = ["ease", "item-knn", "als", "content"];

    public static IReadOnlyList<string> ScoreOnly { get; } = ["content"];

    public const int CandidatesPerModel = 50;

    public const int TrendingCandidates = 25;

    public const int Trees = 200;

    public const int Leaves = 16;

    public const double LearningRate = 0.05;

    public const int MinRowsPerLeaf = 100;

    public const int MinQueries = 50;

    public const int Seed = 42;
}
