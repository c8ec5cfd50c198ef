using System.Buffers;
using Tailor.Recommend.Evaluation;

namespace Tailor.Recommend.Reranking;

/// <summary>
/// One history through the re-ranker: every component scores it once (its session, so the ALS fold-in
/// happens once), each proposes its best items outside the history, trending adds its leaders, and the
/// trees order the union. The component that ranked a candidate highest is its proposer and explains it.
/// </summary>
internal sealed class RerankScoringSession : IScoringSession
{
    /// <summary>Proposer of a candidate that only trending put forward: explained as popular.</summary>
    internal const int ByTrending = -2;

    /// <summary>"Proposer" of an item that is no candidate.</summary>
    internal const int NotCandidate = -1;

    private readonly RerankModel _model;
    private readonly UserHistory _history;
    private readonly IScoringSession[] _sessions;
    private readonly List<int> _candidates = [];
    private float[]? _componentScores;
    private int[]? _proposer;
    private float[] _features = [];
    private bool _prepared;

    public RerankScoringSession(RerankModel model, UserHistory history)
    {
        _model = model;
        _history = history;
        _sessions = [.. model.Components.Select(c => c.Begin(history))];
    }

    /// <summary>The candidates, in the order their feature rows appear in <see cref="Features"/>.</summary>
    public IReadOnlyList<int> Candidates
    {
        get
        {
            Prepare();
            return _candidates;
        }
    }

    /// <summary>One row of <see cref="RerankFeatures.Count"/> features per candidate.</summary>
    public ReadOnlySpan<float> Features
    {
        get
        {
            Prepare();
            return _features.AsSpan(0, _candidates.Count * _model.FeatureCount);
        }
    }

    /// <summary>The component that proposed <paramref name="item"/> (ranked it highest), <see cref="ByTrending"/> or <see cref="NotCandidate"/>.</summary>
    public int ProposerOf(int item)
    {
        Prepare();
        return _proposer![item];
    }

    /// <summary>
    /// Candidates get their tree scores scaled into [1, 2] for this user, so they rank above everything
    /// else and stay positive for the rules (a sigmoid would squash strong candidates into ties); other
    /// items get half the first component's scaled score (or 0), in that component's order.
    /// </summary>
    public void Score(Span<float> scores)
    {
        var ranker = _model.Ranker ?? throw new InvalidOperationException("This re-ranker has no trees yet: it only collects features.");
        Prepare();
        var n = _model.ItemCount;
        var primary = _componentScores.AsSpan(0, n);
        var scale = 0.5f / Math.Max(1e-9f, ScoreSpan.PositiveMax(primary));
        var rest = scores[..n];
        System.Numerics.Tensors.TensorPrimitives.Multiply(primary, scale, rest);
        System.Numerics.Tensors.TensorPrimitives.Max(rest, 0f, rest);

        if (_candidates.Count == 0)
        {
            return;
        }

        var trees = new float[_candidates.Count];
        ranker.EvaluateMany(_features.AsSpan(0, trees.Length * _model.FeatureCount), trees);

        var low = trees.Min();
        var range = trees.Max() - low;
        for (var c = 0; c < trees.Length; c++)
        {
            scores[_candidates[c]] = range > 0 ? 1f + ((trees[c] - low) / range) : 1.5f;
        }
    }

    /// <summary>Each candidate is explained by the component that proposed it; other items by the first component.</summary>
    public void StrongestReasons(ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        Prepare();
        reasons[..candidates.Length].Fill(-1);
        for (var s = 0; s < _sessions.Length; s++)
        {
            var asked = new List<int>();
            var positions = new List<int>();
            for (var c = 0; c < candidates.Length; c++)
            {
                var proposer = _proposer![candidates[c]];
                if (proposer == s || (proposer == NotCandidate && s == 0))
                {
                    asked.Add(candidates[c]);
                    positions.Add(c);
                }
            }

            if (asked.Count == 0)
            {
                continue;
            }

            var answers = new int[asked.Count];
            _sessions[s].StrongestReasons(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(asked), answers);
            for (var a = 0; a < answers.Length; a++)
            {
                reasons[positions[a]] = answers[a];
            }
        }
    }

    public void Dispose()
    {
        foreach (var session in _sessions)
        {
            session.Dispose();
        }

        if (_componentScores is not null)
        {
            ArrayPool<float>.Shared.Return(_componentScores);
            _componentScores = null;
        }

        if (_proposer is not null)
        {
            ArrayPool<int>.Shared.Return(_proposer);
            _proposer = null;
        }
    }

    private void Prepare()
    {
        if (_prepared)
        {
            return;
        }

        _prepared = true;
        var n = _model.ItemCount;
        var components = _sessions.Length;
        _componentScores = ArrayPool<float>.Shared.Rent(components * n);
        _proposer = ArrayPool<int>.Shared.Rent(n);
        var proposer = _proposer.AsSpan(0, n);
        proposer.Fill(NotCandidate);

        // History items are marked as proposed by nobody, then unmarked: they are never candidates.
        const int InHistory = int.MinValue;
        foreach (var item in _history.Items)
        {
            proposer[item] = InHistory;
        }

        var bestRank = ArrayPool<int>.Shared.Rent(n);
        var maxima = new float[components];
        var most = Math.Max(1, _model.Proposals.Max());
        var top = new TopKSelector(most);
        var ranked = new int[most];
        var historyItems = _history.Items;
        var saved = ArrayPool<float>.Shared.Rent(historyItems.Length);
        try
        {
            for (var c = 0; c < components; c++)
            {
                var scores = _componentScores.AsSpan(c * n, n);
                _sessions[c].Score(scores);

                // History items sit at minus infinity while the best are picked, so the scan over every
                // item has no test of its own for them (a data-dependent branch the CPU mispredicts);
                // their scores are put back after, in reverse in case an item repeats.
                for (var h = 0; h < historyItems.Length; h++)
                {
                    saved[h] = scores[historyItems[h]];
                    scores[historyItems[h]] = float.NegativeInfinity;
                }

                maxima[c] = ScoreSpan.PositiveMax(scores);
                top.Clear();
                if (_model.Proposals[c] > 0)
                {
                    for (var i = 0; i < n; i++)
                    {
                        var score = scores[i];
                        if (top.Admits(score) && score > 0)
                        {
                            top.Add(i, score);
                        }
                    }
                }

                for (var h = historyItems.Length - 1; h >= 0; h--)
                {
                    scores[historyItems[h]] = saved[h];
                }

                var count = top.DrainSorted(ranked);
                count = Math.Min(count, _model.Proposals[c]);
                for (var r = 0; r < count; r++)
                {
                    var item = ranked[r];
                    if (proposer[item] == NotCandidate)
                    {
                        _candidates.Add(item);
                        proposer[item] = c;
                        bestRank[item] = r;
                    }
                    else if (r < bestRank[item])
                    {
                        proposer[item] = c;
                        bestRank[item] = r;
                    }
                }
            }

            var trending = 0;
            foreach (var item in _model.Signals.TrendingOrder)
            {
                if (trending >= _model.TrendingCandidates)
                {
                    break;
                }

                if (proposer[item] == InHistory)
                {
                    continue;
                }

                trending++;
                if (proposer[item] == NotCandidate)
                {
                    _candidates.Add(item);
                    proposer[item] = ByTrending;
                }
            }

            foreach (var item in _history.Items)
            {
                proposer[item] = NotCandidate;
            }

            FillFeatures(maxima, n);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bestRank);
            ArrayPool<float>.Shared.Return(saved);
        }
    }

    private void FillFeatures(float[] maxima, int n)
    {
        var width = _model.FeatureCount;
        var components = _sessions.Length;
        _features = new float[_candidates.Count * width];
        var user = RerankFeatures.UserFacts.Of(_history, _model.Signals);
        for (var c = 0; c < _candidates.Count; c++)
        {
            var item = _candidates[c];
            var row = _features.AsSpan(c * width, width);
            for (var m = 0; m < components; m++)
            {
                row[m] = maxima[m] > 0 ? _componentScores![(m * n) + item] / maxima[m] : 0;
            }

            RerankFeatures.FillExtra(item, _model.Signals, user, row[components..]);
        }
    }
}
