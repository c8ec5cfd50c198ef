namespace Tailor.Recommend.Reranking;

/// <summary>
/// A learned re-ranker (learning to rank): its component models propose candidates for a history and
/// score them; LambdaMART trees learnt on a validation period then order the candidates by those
/// scores together with item signals (trending, popularity, age, price) and facts about the history.
/// Candidates rank above every other item; the rest keep the first component's order. Immutable and
/// safe to share between threads.
/// </summary>
public sealed class RerankModel : IExplainingRecommender
{
    internal const string AlgorithmName = "rerank";

    private const int LayoutVersion = 1;

    private readonly IRecommender[] _components;

    internal RerankModel(IReadOnlyList<IRecommender> components, ItemSignals signals, TreeEnsemble? ranker, int[] proposals, int trendingCandidates)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0 || components.Any(c => c.ItemCount != signals.ItemCount))
        {
            throw new ArgumentException("A re-ranker needs at least one component, each scoring the same items as its signals.", nameof(components));
        }

        if (proposals.Length != components.Count || proposals.Any(p => p < 0) || trendingCandidates < 0)
        {
            throw new ArgumentException("A re-ranker needs a non-negative number of candidates per component.", nameof(proposals));
        }

        if (ranker is not null && ranker.FeatureCount != RerankFeatures.Count(components.Count))
        {
            throw new ArgumentException($"The trees read {ranker.FeatureCount} features; {components.Count} components give {RerankFeatures.Count(components.Count)}.", nameof(ranker));
        }

        _components = [.. components];
        Signals = signals;
        Ranker = ranker;
        Proposals = proposals;
        TrendingCandidates = trendingCandidates;
    }

    public string Name => AlgorithmName;

    public int ItemCount => Signals.ItemCount;

    /// <summary>The models that propose candidates and lend their scores, first = fallback order for the rest.</summary>
    public IReadOnlyList<IRecommender> Components => _components;

    /// <summary>Candidates each component proposes (0: it only lends its scores).</summary>
    public IReadOnlyList<int> Proposals { get; }

    /// <summary>Trending items added to the candidates.</summary>
    public int TrendingCandidates { get; }

    internal ItemSignals Signals { get; }

    /// <summary>The trees; null while features are being collected to learn them.</summary>
    internal TreeEnsemble? Ranker { get; }

    internal int FeatureCount => RerankFeatures.Count(_components.Length);

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores)
    {
        Algorithms.ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        Algorithms.ScoreArguments.CheckScores(scores, ItemCount);
        using var session = Begin(UserHistory.FromSpans(historyItems, historyWeights));
        session.Score(scores);
    }

    public IScoringSession Begin(UserHistory history) => BeginSession(history);

    /// <summary>The explanation of the component that proposed the candidate (none for a trending-only candidate).</summary>
    public int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate)
    {
        Algorithms.ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        Algorithms.ScoreArguments.CheckCandidate(candidate, ItemCount);
        using var session = BeginSession(UserHistory.FromSpans(historyItems, historyWeights));
        Span<int> reason = stackalloc int[1];
        session.StrongestReasons([candidate], reason);
        return reason[0];
    }

    public void StrongestReasons(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        Algorithms.ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        using var session = BeginSession(UserHistory.FromSpans(historyItems, historyWeights));
        session.StrongestReasons(candidates, reasons);
    }

    internal RerankScoringSession BeginSession(UserHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var item in history.Items)
        {
            Algorithms.ScoreArguments.CheckCandidate(item, ItemCount);
        }

        return new RerankScoringSession(this, history);
    }

    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Ranker is null)
        {
            throw new InvalidOperationException("A re-ranker without trees is a training step, not a model to save.");
        }

        writer.Write(LayoutVersion);
        RecommenderSerializer.WriteArray(writer, [.. Proposals]);
        writer.Write(TrendingCandidates);
        writer.Write(_components.Length);
        foreach (var component in _components)
        {
            RecommenderSerializer.Write(component, writer);
        }

        Signals.Save(writer);
        Ranker.Save(writer);
    }

    public static RerankModel Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RecommenderSerializer.RequireLayout(reader, LayoutVersion, "Re-ranker");
        var proposals = RecommenderSerializer.ReadInts(reader);
        var trendingCandidates = reader.ReadInt32();
        var components = new IRecommender[reader.ReadInt32()];
        for (var c = 0; c < components.Length; c++)
        {
            components[c] = RecommenderSerializer.Read(reader);
        }

        var signals = ItemSignals.Load(reader);
        return new RerankModel(components, signals, TreeEnsemble.Load(reader), proposals, trendingCandidates);
    }
}
