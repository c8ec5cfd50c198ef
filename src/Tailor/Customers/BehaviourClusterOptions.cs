namespace Tailor.Customers;

/// <summary>Knobs of <see cref="BehaviourClustering"/>. Defaults live in <see cref="BehaviourClusterDefaults"/>.</summary>
public sealed record BehaviourClusterOptions
{
    /// <summary>Fewest clusters tried. Range [2, 30]. Default 2.</summary>
    public int MinClusters { get; init; } = BehaviourClusterDefaults.MinClusters;

    /// <summary>Most clusters tried; the k with the highest mean silhouette wins. Range [MinClusters, 30]. Default 8.</summary>
    public int MaxClusters { get; init; } = BehaviourClusterDefaults.MaxClusters;

    /// <summary>Random seed of k-means++ seeding and of the silhouette sample. Any value. Default 42.</summary>
    public int Seed { get; init; } = BehaviourClusterDefaults.Seed;

    /// <summary>Categories with the most customers that become features; the rest are ignored. Range [0, 50]. Default 8.</summary>
    public int MaxCategories { get; init; } = BehaviourClusterDefaults.MaxCategories;

    /// <summary>Channels with the most customers that become features. Range [0, 20]. Default 5.</summary>
    public int MaxChannels { get; init; } = BehaviourClusterDefaults.MaxChannels;

    /// <summary>
    /// Customers the silhouette is computed on (it costs the square of this). Range [100, 4000]; the distance matrix takes 4 bytes times its square.
    /// Default 2000.
    /// </summary>
    public int SilhouetteSample { get; init; } = BehaviourClusterDefaults.SilhouetteSample;

    /// <summary>Iterations of k-means per k. Range [10, 10,000]. Default 300.</summary>
    public int MaxIterations { get; init; } = BehaviourClusterDefaults.MaxIterations;

    /// <summary>
    /// Smallest mean standard score, in absolute value, for a feature to be named in a cluster's
    /// description. Range [0, 5]. Default 0.5.
    /// </summary>
    public double TraitThreshold { get; init; } = BehaviourClusterDefaults.TraitThreshold;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(MinClusters is >= 2 and <= 30, nameof(MinClusters), $"must be between 2 and 30 (was {MinClusters})");
        Require(MaxClusters >= MinClusters && MaxClusters <= 30, nameof(MaxClusters), $"must be between MinClusters and 30 (was {MaxClusters})");
        Require(MaxCategories is >= 0 and <= 50, nameof(MaxCategories), $"must be between 0 and 50 (was {MaxCategories})");
        Require(MaxChannels is >= 0 and <= 20, nameof(MaxChannels), $"must be between 0 and 20 (was {MaxChannels})");
        Require(SilhouetteSample is >= 100 and <= 4000, nameof(SilhouetteSample), $"must be between 100 and 4000 (was {SilhouetteSample})");
        Require(MaxIterations is >= 10 and <= 10_000, nameof(MaxIterations), $"must be between 10 and 10,000 (was {MaxIterations})");
        Require(TraitThreshold is >= 0 and <= 5, nameof(TraitThreshold), $"must be between 0 and 5 (was {TraitThreshold})");
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name} {message}.", name);
        }
    }
}
