namespace Tailor.Recommend.Algorithms;

/// <summary>Options of the content-based recommender.</summary>
public sealed record ContentOptions
{
    /// <summary>Neighbours kept per item; 5 to 500. Default 50.</summary>
    public int Neighbours { get; init; } = ContentDefaults.Neighbours;

    /// <summary>
    /// Terms found in more than this share of items are dropped: they tell items apart no better than
    /// "the" does, and they make the similarity search quadratic. 0 to 1. Default 0.3.
    /// </summary>
    public double MaxDocumentFrequency { get; init; } = ContentDefaults.MaxDocumentFrequency;

    /// <summary>Weight of the category and tags against words of the title and description. Default 2.</summary>
    public float FieldWeight { get; init; } = ContentDefaults.FieldWeight;
}

/// <summary>Defaults of <see cref="ContentOptions"/>.</summary>
public static class ContentDefaults
{
    public const int Neighbours = 50;

    public const double MaxDocumentFrequency = 0.3;

    public const float FieldWeight = 2f;
}
