namespace Tailor.Recommend.Algorithms;

/// <summary>Default values of <see cref="EaseOptions"/>.</summary>
public static class EaseDefaults
{
    /// <summary>Default L2 penalty on the item-item weights.</summary>
    public const double Lambda = 500;

    /// <summary>Default largest catalogue EASE accepts.</summary>
    public const int MaxItems = 20_000;

    /// <summary>Default for whether strengths are reduced to 1.</summary>
    public const bool Binarize = true;

    /// <summary>Default thread limit: -1, all cores.</summary>
    public const int MaxDegreeOfParallelism = -1;
}
