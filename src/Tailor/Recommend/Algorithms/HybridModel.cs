namespace Tailor.Recommend.Algorithms;

/// <summary>
/// A weighted blend of models. Each component's scores are first divided by their largest value for
/// this user, so that weights compare like with like whatever the scale of each model's scores.
/// </summary>
public sealed class HybridModel : IExplainingRecommender
{
    private readonly IRecommender[] _components;
    private readonly float[] _weights;

    public HybridModel(IReadOnlyList<IRecommender> components, IReadOnlyList<float> weights)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(weights);
        if (components.Count == 0 || components.Count != weights.Count)
        {
            throw new ArgumentException("A hybrid needs at least one component and one weight per component.");
        }

        if (components.Any(c => c.ItemCount != components[0].ItemCount))
        {
            throw new ArgumentException("Hybrid components must score the same items.");
        }

        _components = [.. components];
        _weights = [.. weights];
    }

    public string Name => "hybrid";

    public int ItemCount => _components[0].ItemCount;

    public IReadOnlyList<IRecommender> Components => _components;

    public IReadOnlyList<float> Weights => _weights;

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores)
    {
        using var session = Begin(UserHistory.FromSpans(historyItems, historyWeights));
        session.Score(scores);
    }

    /// <summary>One session per component, so each does its per-history work once.</summary>
    public IScoringSession Begin(UserHistory history) => new HybridScoringSession(_components, _weights, history);

    /// <summary>The reason of the most heavily weighted component that can explain the candidate.</summary>
    public int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate)
    {
        Span<int> reason = stackalloc int[1];
        StrongestReasons(historyItems, historyWeights, [candidate], reason);
        return reason[0];
    }

    /// <summary>Asks each component, heaviest first, for all candidates it has not explained yet.</summary>
    public void StrongestReasons(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        using var session = Begin(UserHistory.FromSpans(historyItems, historyWeights));
        session.StrongestReasons(candidates, reasons);
    }

    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_components.Length);
        for (var c = 0; c < _components.Length; c++)
        {
            writer.Write(_weights[c]);
            RecommenderSerializer.Write(_components[c], writer);
        }
    }

    public static HybridModel Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var components = new IRecommender[count];
        var weights = new float[count];
        for (var c = 0; c < count; c++)
        {
            weights[c] = reader.ReadSingle();
            components[c] = RecommenderSerializer.Read(reader);
        }

        return new HybridModel(components, weights);
    }
}
