using Tailor.Recommend.Algorithms;

namespace Tailor.Recommend.Training;

/// <summary>
/// The algorithms the CLI and training know by name, with the default settings and the grid that
/// automatic selection searches. Algorithms that need more than interactions (content needs the
/// catalogue, bought-together needs orders) are added by callers that have those.
/// </summary>
public static class AlgorithmCatalog
{
    /// <summary>Names usable with `--algorithms`, besides "auto".</summary>
    public static IReadOnlyList<string> Names { get; } = ["popularity", "trending", "item-knn", "ease", "als"];

    /// <summary>The algorithm with its documented defaults, ALS's factors scaled to the catalogue.</summary>
    /// <param name="name">Algorithm name.</param>
    /// <param name="items">Catalogue size, or 0 when unknown.</param>
    /// <param name="seed">Seed of the algorithms that use one.</param>
    public static IRecommenderTrainer Create(string name, int items = 0, int seed = 42) => name switch
    {
        "popularity" => new PopularityTrainer(),
        "trending" => new PopularityTrainer(new PopularityOptions { Trending = true }),
        "item-knn" => new ItemKnnTrainer(),
        "ease" => new EaseTrainer(),
        "als" => new ImplicitAlsTrainer(new AlsOptions { Factors = AlsFactors(items), Seed = seed }),
        _ => throw new ArgumentException(
            $"Unknown algorithm '{name}'. Known: {string.Join(", ", Names)}, auto.", nameof(name)),
    };

    /// <summary>
    /// The families automatic selection searches and blends, each with its grid (EASE is left out above
    /// its catalogue limit). Callers that have the catalogue add content.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<IRecommenderTrainer>> Families(int items, int seed = 42) =>
        [.. new[] { "ease", "item-knn", "als", "trending", "popularity" }.Select(name => Grid(name, items, seed)).Where(grid => grid.Count > 0)];

    /// <summary>Candidate settings searched by automatic selection, the default first.</summary>
    public static IReadOnlyList<IRecommenderTrainer> Grid(string name, int items, int seed = 42) => name switch
    {
        "item-knn" =>
        [
            .. from weighting in new[] { NeighbourWeighting.Bm25, NeighbourWeighting.TfIdf }
               from neighbours in new[] { 100, 50, 200 }
               select new ItemKnnTrainer(new ItemKnnOptions { Weighting = weighting, Neighbours = neighbours }),
        ],
        "ease" => items > EaseDefaults.MaxItems
            ? []
            : [.. new[] { 500.0, 250, 1000, 100 }.Select(lambda => new EaseTrainer(new EaseOptions { Lambda = lambda }))],
        "als" =>
        [
            .. from factors in new[] { AlsFactors(items), Math.Max(8, AlsFactors(items) / 2) }
               from alpha in new[] { 0.1f, 0.5f, 2f }
               select new ImplicitAlsTrainer(new AlsOptions { Factors = factors, Alpha = alpha, Seed = seed }),
        ],
        _ => [Create(name, items, seed)],
    };

    /// <summary>
    /// 64 factors, but no more than an eighth of the catalogue: with nearly as many factors as items
    /// the model memorises instead of generalising (on a 150-item shop 64 factors fall below popularity).
    /// </summary>
    public static int AlsFactors(int items) => items <= 0 ? AlsDefaults.Factors : Math.Clamp(items / 8, 8, AlsDefaults.Factors);
}
