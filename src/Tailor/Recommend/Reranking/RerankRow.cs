namespace Tailor.Recommend.Reranking;

/// <summary>One (user, candidate) example for ML.NET: whether the user bought it, which user, the features.</summary>
internal sealed class RerankRow
{
    public float Label { get; set; }

    public uint Query { get; set; }

    public float[] Features { get; set; } = [];
}
