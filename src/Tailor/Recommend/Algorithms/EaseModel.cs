using System.Numerics.Tensors;

namespace Tailor.Recommend.Algorithms;

/// <summary>
/// A trained EASE model: a dense items x items weight matrix B with a zero diagonal. A user's
/// scores are their history row vector times B, so scoring is one scaled row addition per history
/// item. Immutable and safe to share between threads.
/// </summary>
public sealed class EaseModel : IExplainingRecommender
{
    internal const string AlgorithmName = "ease";

    /// <summary>Version of the layout <see cref="Save"/> writes after the serializer's header.</summary>
    private const int LayoutVersion = 1;

    /// <summary>B, row-major: row i holds what item i in a history adds to every item's score.</summary>
    private readonly float[] _weights;

    internal EaseModel(int itemCount, float[] weights, bool binarize)
    {
        if (itemCount < 1 || weights.Length != (long)itemCount * itemCount)
        {
            throw new ArgumentException($"{weights.Length} weights do not make a {itemCount} x {itemCount} matrix.", nameof(weights));
        }

        ItemCount = itemCount;
        Binarize = binarize;
        _weights = weights;
    }

    public string Name => AlgorithmName;

    public int ItemCount { get; }

    /// <summary>Whether history strengths count as 1, as they did in training.</summary>
    public bool Binarize { get; }

    /// <summary>B[from, to]: how much <paramref name="from"/> in a history adds to <paramref name="to"/>'s score.</summary>
    public float Weight(int from, int to)
    {
        ScoreArguments.CheckCandidate(from, ItemCount);
        ScoreArguments.CheckCandidate(to, ItemCount);
        return _weights[((long)from * ItemCount) + to];
    }

    /// <summary>
    /// scores = sum over the history of strength * B[item]; strengths of 0 or less are ignored, and
    /// count as 1 when the model is binarised. An empty history scores every item 0.
    /// </summary>
    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores)
    {
        ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        ScoreArguments.CheckScores(scores, ItemCount);
        scores.Clear();
        for (var h = 0; h < historyItems.Length; h++)
        {
            var strength = Strength(historyWeights[h]);
            if (strength > 0)
            {
                TensorPrimitives.MultiplyAdd(Row(historyItems[h]), strength, scores, scores);
            }
        }
    }

    /// <summary>The history item with the largest strength * B[item, candidate], or -1 when none is positive.</summary>
    public int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate)
    {
        ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        ScoreArguments.CheckCandidate(candidate, ItemCount);
        var best = -1;
        var bestContribution = 0f;
        for (var h = 0; h < historyItems.Length; h++)
        {
            var contribution = Strength(historyWeights[h]) * _weights[((long)historyItems[h] * ItemCount) + candidate];
            if (contribution > bestContribution)
            {
                best = h;
                bestContribution = contribution;
            }
        }

        return best;
    }

    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(LayoutVersion);
        writer.Write(ItemCount);
        writer.Write(Binarize);
        RecommenderSerializer.WriteArray(writer, _weights);
    }

    /// <summary>Reads what <see cref="Save"/> wrote.</summary>
    public static EaseModel Load(BinaryReader reader)
    {
        RecommenderSerializer.RequireLayout(reader, LayoutVersion, "EASE");

        var itemCount = reader.ReadInt32();
        var binarize = reader.ReadBoolean();
        var weights = RecommenderSerializer.ReadFloats(reader);
        try
        {
            return new EaseModel(itemCount, weights, binarize);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The EASE model is damaged: {e.Message}", e);
        }
    }

    private ReadOnlySpan<float> Row(int item) => _weights.AsSpan(item * ItemCount, ItemCount);

    private float Strength(float weight) => weight > 0 ? (Binarize ? 1f : weight) : 0f;
}
