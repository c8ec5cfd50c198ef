using System.Buffers;
using System.Numerics.Tensors;

namespace Tailor.Recommend.Algorithms;

/// <summary>
/// One user folded into an <see cref="AlsModel"/>: the user's system A = Y^T C Y + reg I is built and
/// factored once, then gives both the user's factors (the scores) and A^-1 y for each chosen item
/// (the explanations), instead of factoring the same system twice per request.
/// </summary>
internal sealed class AlsScoringSession : IScoringSession
{
    private readonly AlsModel _model;
    private readonly int[] _items;
    private readonly float[] _weights;
    private readonly double[] _factor;
    private readonly float[] _scratch;
    private readonly bool _folded;
    private float[]? _user;

    public AlsScoringSession(AlsModel model, int[] items, float[] weights)
    {
        _model = model;
        _items = items;
        _weights = weights;
        var k = model.Factors;
        _factor = ArrayPool<double>.Shared.Rent((k * k) + k);
        _scratch = ArrayPool<float>.Shared.Rent(Math.Max(k * k, k + items.Length));
        _folded = model.FactorSystem(items, weights, _factor.AsSpan(0, k * k), _scratch.AsSpan(0, k * k));
    }

    /// <summary>The user's factor vector (zero when no history item has a positive weight).</summary>
    public ReadOnlySpan<float> UserFactors => _user ??= Solve();

    public void Score(Span<float> scores)
    {
        var user = UserFactors;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = FactorKernels.Dot(user, _model.Factor(i));
        }
    }

    /// <summary>
    /// The score is linear in the history's confidences: x . y_cand = sum over h of
    /// c_h * y_h^T A^-1 y_cand. The reason is the item with the largest such term (the decomposition
    /// of the <c>implicit</c> library's <c>explain</c>), or -1 when no term is positive.
    /// </summary>
    public void StrongestReasons(ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        foreach (var candidate in candidates)
        {
            ScoreArguments.CheckCandidate(candidate, _model.ItemCount);
        }

        if (!_folded)
        {
            reasons[..candidates.Length].Fill(-1);
            return;
        }

        var k = _model.Factors;
        var z = _factor.AsSpan(k * k, k);
        var zSingle = _scratch.AsSpan(0, k);
        var confidences = _scratch.AsSpan(k, _items.Length);
        for (var h = 0; h < _items.Length; h++)
        {
            confidences[h] = _weights[h] > 0 ? (float)_model.Confidence(_weights[h]) : 0f;
        }

        for (var c = 0; c < candidates.Length; c++)
        {
            var candidateFactors = _model.Factor(candidates[c]);
            for (var a = 0; a < k; a++)
            {
                z[a] = candidateFactors[a];
            }

            SmallCholesky.Solve(_factor.AsSpan(0, k * k), k, z);
            // Single precision is plenty to rank the history's shares, and lets the dot products run in SIMD.
            for (var a = 0; a < k; a++)
            {
                zSingle[a] = (float)z[a];
            }

            reasons[c] = Strongest(confidences, zSingle);
        }
    }

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_factor);
        ArrayPool<float>.Shared.Return(_scratch);
    }

    private float[] Solve()
    {
        var k = _model.Factors;
        var user = new float[k];
        if (!_folded)
        {
            return user;
        }

        var right = _factor.AsSpan(k * k, k);
        right.Clear();
        for (var h = 0; h < _items.Length; h++)
        {
            if (_weights[h] > 0)
            {
                var y = _model.Factor(_items[h]);
                var confidence = _model.Confidence(_weights[h]);
                for (var a = 0; a < k; a++)
                {
                    right[a] += confidence * y[a];
                }
            }
        }

        SmallCholesky.Solve(_factor.AsSpan(0, k * k), k, right);
        for (var a = 0; a < k; a++)
        {
            user[a] = (float)right[a];
        }

        return user;
    }

    private int Strongest(ReadOnlySpan<float> confidences, ReadOnlySpan<float> z)
    {
        var best = -1;
        var bestContribution = 0f;
        for (var h = 0; h < _items.Length; h++)
        {
            if (confidences[h] > 0)
            {
                var contribution = confidences[h] * TensorPrimitives.Dot(_model.Factor(_items[h]), z);
                if (contribution > bestContribution)
                {
                    best = h;
                    bestContribution = contribution;
                }
            }
        }

        return best;
    }
}
