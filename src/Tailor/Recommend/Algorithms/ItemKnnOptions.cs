namespace Tailor.Recommend.Algorithms;

/// <summary>How item kNN weighs each user's interactions before comparing items.</summary>
public enum NeighbourWeighting
{
    /// <summary>Raw strengths.</summary>
    None,

    /// <summary>Strength x log(items / items the user touched): users who touch everything say less.</summary>
    TfIdf,

    /// <summary>Okapi BM25 of the strengths, with user "document length" normalisation (Robertson et al.).</summary>
    Bm25,
}

/// <summary>Options of item-based k nearest neighbours.</summary>
public sealed record ItemKnnOptions
{
    /// <summary>Neighbours kept per item; 20 to 500. Default 100.</summary>
    public int Neighbours { get; init; } = ItemKnnDefaults.Neighbours;

    /// <summary>Added to the cosine's denominator to damp similarities from few shared users; 0 to 1000. Default 10.</summary>
    public float Shrinkage { get; init; } = ItemKnnDefaults.Shrinkage;

    /// <summary>Weighting of interactions before cosine. Default BM25.</summary>
    public NeighbourWeighting Weighting { get; init; } = NeighbourWeighting.Bm25;

    /// <summary>BM25 term-frequency saturation; above 0. Default 1.2.</summary>
    public float Bm25K1 { get; init; } = ItemKnnDefaults.Bm25K1;

    /// <summary>BM25 length normalisation, 0 (none) to 1 (full). Default 0.75.</summary>
    public float Bm25B { get; init; } = ItemKnnDefaults.Bm25B;
}

/// <summary>Defaults of <see cref="ItemKnnOptions"/>.</summary>
public static class ItemKnnDefaults
{
    public const int Neighbours = 100;

    public const float Shrinkage = 10f;

    public const float Bm25K1 = 1.2f;

    public const float Bm25B = 0.75f;
}
