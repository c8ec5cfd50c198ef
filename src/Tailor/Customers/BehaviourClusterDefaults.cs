namespace Tailor.Customers;

/// <summary>Defaults of <see cref="BehaviourClusterOptions"/>.</summary>
public static class BehaviourClusterDefaults
{
    /// <summary>Default fewest clusters tried.</summary>
    public const int MinClusters = 2;

    /// <summary>Default most clusters tried: more than eight groups is more than a small shop can act on.</summary>
    public const int MaxClusters = 8;

    /// <summary>Default random seed.</summary>
    public const int Seed = 42;

    /// <summary>Default number of category features.</summary>
    public const int MaxCategories = 8;

    /// <summary>Default number of channel features.</summary>
    public const int MaxChannels = 5;

    /// <summary>Default silhouette sample size.</summary>
    public const int SilhouetteSample = 2000;

    /// <summary>Default k-means iterations.</summary>
    public const int MaxIterations = 300;

    /// <summary>Default standard score for a feature to be named in a description.</summary>
    public const double TraitThreshold = 0.5;
}
