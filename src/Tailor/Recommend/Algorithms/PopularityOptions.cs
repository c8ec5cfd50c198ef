namespace Tailor.Recommend.Algorithms;

/// <summary>Options of the popularity and trending recommenders.</summary>
public sealed record PopularityOptions
{
    /// <summary>
    /// Rank by velocity against the item's own baseline (trending) instead of by how many users
    /// interacted (popular). Default false.
    /// </summary>
    public bool Trending { get; init; }

    /// <summary>
    /// Pseudo-count added to an item's baseline before dividing, so that an item with one recent view
    /// and no history does not top the trending list. Unit: decayed interactions. Default 3.
    /// </summary>
    public float TrendingPrior { get; init; } = PopularityDefaults.TrendingPrior;
}

/// <summary>Defaults of <see cref="PopularityOptions"/>.</summary>
public static class PopularityDefaults
{
    public const float TrendingPrior = 3f;
}
