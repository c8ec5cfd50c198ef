using System.Buffers;
using System.Numerics.Tensors;

namespace Tailor.Recommend.Algorithms;

/// <summary>
/// A hybrid's session: one session per weighted component, so a component's per-history work (the
/// ALS fold-in) serves both the blended scores and the explanations.
/// </summary>
internal sealed class HybridScoringSession : IScoringSession
{
    private readonly (IScoringSession Session, float Weight)[] _components;
    private readonly int _itemCount;

    public HybridScoringSession(IReadOnlyList<IRecommender> components, IReadOnlyList<float> weights, UserHistory history)
    {
        _itemCount = components[0].ItemCount;
        // Heaviest first: explanations come from the component that weighs most.
        _components = [.. Enumerable.Range(0, components.Count)
            .Where(c => weights[c] != 0)
            .OrderByDescending(c => weights[c])
            .Select(c => (components[c].Begin(history), weights[c]))];
    }

    public void Score(Span<float> scores)
    {
        scores.Clear();
        var rented = ArrayPool<float>.Shared.Rent(_itemCount);
        try
        {
            var buffer = rented.AsSpan(0, _itemCount);
            foreach (var (session, weight) in _components)
            {
                session.Score(buffer);
                // Each component is scaled by its largest value for this user, as HybridModel.Score does.
                var max = TensorPrimitives.MaxMagnitude(buffer);
                if (max > 0)
                {
                    TensorPrimitives.MultiplyAdd(buffer, weight / max, scores, scores);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }

    /// <summary>Asks each component, heaviest first, for the candidates no heavier one could explain.</summary>
    public void StrongestReasons(ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        reasons[..candidates.Length].Fill(-1);
        var open = new List<int>(candidates.Length);
        for (var c = 0; c < candidates.Length; c++)
        {
            open.Add(c);
        }

        foreach (var (session, weight) in _components)
        {
            if (open.Count == 0 || weight <= 0)
            {
                break;
            }

            var asked = new int[open.Count];
            for (var a = 0; a < asked.Length; a++)
            {
                asked[a] = candidates[open[a]];
            }

            var answers = new int[asked.Length];
            session.StrongestReasons(asked, answers);
            for (var a = asked.Length - 1; a >= 0; a--)
            {
                if (answers[a] >= 0)
                {
                    reasons[open[a]] = answers[a];
                    open.RemoveAt(a);
                }
            }
        }
    }

    public void Dispose()
    {
        foreach (var (session, _) in _components)
        {
            session.Dispose();
        }
    }
}
