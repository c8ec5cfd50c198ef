namespace Tailor.Recommend.Algorithms;

/// <summary>The same score for every user: how popular (or trending) each item is.</summary>
public sealed class PopularityModel : IRecommender
{
    private readonly float[] _scores;

    public PopularityModel(string name, float[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Name = name;
        _scores = scores;
    }

    public string Name { get; }

    public int ItemCount => _scores.Length;

    /// <summary>The item scores, read-only.</summary>
    public ReadOnlySpan<float> Scores => _scores;

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores) =>
        _scores.CopyTo(scores);

    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        RecommenderSerializer.WriteArray(writer, _scores);
    }

    public static PopularityModel LoadPopularity(BinaryReader reader) => new("popularity", RecommenderSerializer.ReadFloats(reader));

    public static PopularityModel LoadTrending(BinaryReader reader) => new("trending", RecommenderSerializer.ReadFloats(reader));
}
