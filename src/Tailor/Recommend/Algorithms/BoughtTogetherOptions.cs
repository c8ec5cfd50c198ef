namespace Tailor.Recommend.Algorithms;

/// <summary>Options of frequently-bought-together association rules.</summary>
public sealed record BoughtTogetherOptions
{
    /// <summary>Orders that must contain both items before the pair counts; at least 1. Default 2.</summary>
    public int MinCount { get; init; } = BoughtTogetherDefaults.MinCount;

    /// <summary>Pairs must be bought together more often than chance: lift at least this. Default 1.</summary>
    public double MinLift { get; init; } = BoughtTogetherDefaults.MinLift;

    /// <summary>Companions kept per item, best confidence first. Default 30.</summary>
    public int MaxPerItem { get; init; } = BoughtTogetherDefaults.MaxPerItem;

    /// <summary>Baskets bigger than this are skipped: a wholesale order of 300 lines says little about pairs. Default 50.</summary>
    public int MaxBasketSize { get; init; } = BoughtTogetherDefaults.MaxBasketSize;
}

/// <summary>Defaults of <see cref="BoughtTogetherOptions"/>.</summary>
public static class BoughtTogetherDefaults
{
    public const int MinCount = 2;

    public const double MinLift = 1;

    public const int MaxPerItem = 30;

    public const int MaxBasketSize = 50;
}
