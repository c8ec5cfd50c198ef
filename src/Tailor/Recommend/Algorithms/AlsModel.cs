using System.Buffers;
using System.Numerics.Tensors;

namespace Tailor.Recommend.Algorithms;

/// <summary>
/// A trained implicit ALS model: one factor vector per item. A user is folded in from their history
/// on every call by the exact least-squares solve ALS itself would make for them, so a purchase made
/// a second ago already counts. Immutable and safe to share between threads.
/// </summary>
public sealed class AlsModel : IExplainingRecommender
{
    internal const string AlgorithmName = "als";

    /// <summary>Version of the layout <see cref="Save"/> writes after the serializer's header.</summary>
    private const int LayoutVersion = 1;

    private readonly float[] _itemFactors;

    /// <summary>Y^T Y + regularization * I in float64, the part of every fold-in system that needs no history.</summary>
    private readonly double[] _gram;

    internal AlsModel(int itemCount, int factors, float[] itemFactors, double regularization, double alpha)
    {
        if (itemCount < 1 || factors < 1 || itemFactors.Length != (long)itemCount * factors)
        {
            throw new ArgumentException($"{itemFactors.Length} factor values do not make {itemCount} items of {factors} factors.", nameof(itemFactors));
        }

        if (!(regularization > 0) || !(alpha > 0))
        {
            throw new ArgumentException($"Regularization ({regularization}) and alpha ({alpha}) must be positive.", nameof(regularization));
        }

        ItemCount = itemCount;
        Factors = factors;
        Regularization = regularization;
        Alpha = alpha;
        _itemFactors = itemFactors;
        _gram = ItemGram(itemFactors, itemCount, factors, regularization);
    }

    public string Name => AlgorithmName;

    public int ItemCount { get; }

    /// <summary>Length of each factor vector.</summary>
    public int Factors { get; }

    /// <summary>The L2 penalty the model was trained with; fold-in uses the same.</summary>
    public double Regularization { get; }

    /// <summary>Confidence per unit of strength (c = 1 + Alpha * r), as in training.</summary>
    public double Alpha { get; }

    /// <summary>The factor vector of <paramref name="item"/> (length <see cref="Factors"/>).</summary>
    public ReadOnlySpan<float> ItemFactors(int item)
    {
        ScoreArguments.CheckCandidate(item, ItemCount);
        return _itemFactors.AsSpan(item * Factors, Factors);
    }

    /// <summary>
    /// Writes the factor vector ALS would give a user with this history: the exact solution of
    /// (Y^T Y + Y^T (C - I) Y + reg I) x = Y^T C p over the history's items. Items with weight 0 or
    /// less are ignored; an empty history gives the zero vector.
    /// </summary>
    public void FoldIn(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> userFactors)
    {
        ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        if (userFactors.Length != Factors)
        {
            throw new ArgumentException($"The factor span holds {userFactors.Length} values; the model has {Factors} factors.", nameof(userFactors));
        }

        var k = Factors;
        var system = ArrayPool<double>.Shared.Rent((k * k) + (2 * k));
        try
        {
            var matrix = system.AsSpan(0, k * k);
            var right = system.AsSpan(k * k, k);
            if (!FactorSystem(historyItems, historyWeights, matrix, system.AsSpan((k * k) + k, k)))
            {
                userFactors.Clear();
                return;
            }

            right.Clear();
            for (var h = 0; h < historyItems.Length; h++)
            {
                if (historyWeights[h] > 0)
                {
                    var y = _itemFactors.AsSpan(historyItems[h] * k, k);
                    var confidence = Confidence(historyWeights[h]);
                    for (var a = 0; a < k; a++)
                    {
                        right[a] += confidence * y[a];
                    }
                }
            }

            SmallCholesky.Solve(matrix, k, right);
            for (var a = 0; a < k; a++)
            {
                userFactors[a] = (float)right[a];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(system);
        }
    }

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores)
    {
        ScoreArguments.CheckScores(scores, ItemCount);
        var k = Factors;
        var user = ArrayPool<float>.Shared.Rent(k);
        try
        {
            var x = user.AsSpan(0, k);
            FoldIn(historyItems, historyWeights, x);
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = FactorKernels.Dot(x, _itemFactors.AsSpan(i * k, k));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(user);
        }
    }

    /// <summary>
    /// The score is linear in the history's confidences: x . y_cand = sum over h of
    /// c_h * y_h^T A^-1 y_cand, with A the user's fold-in matrix. The reason is the item with the
    /// largest such term (the decomposition of the <c>implicit</c> library's <c>explain</c>), or -1
    /// when no term is positive.
    /// </summary>
    public int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate)
    {
        Span<int> reason = stackalloc int[1];
        StrongestReasons(historyItems, historyWeights, [candidate], reason);
        return reason[0];
    }

    /// <summary>Factors the user's system once and explains every candidate with it.</summary>
    public void StrongestReasons(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        foreach (var candidate in candidates)
        {
            ScoreArguments.CheckCandidate(candidate, ItemCount);
        }

        var k = Factors;
        var system = ArrayPool<double>.Shared.Rent((k * k) + (2 * k));
        try
        {
            var matrix = system.AsSpan(0, k * k);
            var z = system.AsSpan(k * k, k);
            if (!FactorSystem(historyItems, historyWeights, matrix, system.AsSpan((k * k) + k, k)))
            {
                reasons[..candidates.Length].Fill(-1);
                return;
            }

            for (var c = 0; c < candidates.Length; c++)
            {
                var candidateFactors = _itemFactors.AsSpan(candidates[c] * k, k);
                for (var a = 0; a < k; a++)
                {
                    z[a] = candidateFactors[a];
                }

                SmallCholesky.Solve(matrix, k, z);
                reasons[c] = Strongest(historyItems, historyWeights, z);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(system);
        }
    }

    /// <summary>The history item with the largest share c_h y_h' A^-1 y_candidate of the score, given z = A^-1 y_candidate.</summary>
    private int Strongest(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, ReadOnlySpan<double> z)
    {
        var k = Factors;
        var best = -1;
        var bestContribution = 0.0;
        for (var h = 0; h < historyItems.Length; h++)
        {
            if (historyWeights[h] > 0)
            {
                var y = _itemFactors.AsSpan(historyItems[h] * k, k);
                var dot = 0.0;
                for (var a = 0; a < k; a++)
                {
                    dot += y[a] * z[a];
                }

                var contribution = Confidence(historyWeights[h]) * dot;
                if (contribution > bestContribution)
                {
                    best = h;
                    bestContribution = contribution;
                }
            }
        }

        return best;
    }

    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(LayoutVersion);
        writer.Write(ItemCount);
        writer.Write(Factors);
        writer.Write(Regularization);
        writer.Write(Alpha);
        RecommenderSerializer.WriteArray(writer, _itemFactors);
    }

    /// <summary>Reads what <see cref="Save"/> wrote.</summary>
    public static AlsModel Load(BinaryReader reader)
    {
        RecommenderSerializer.RequireLayout(reader, LayoutVersion, "ALS");

        var itemCount = reader.ReadInt32();
        var factors = reader.ReadInt32();
        var regularization = reader.ReadDouble();
        var alpha = reader.ReadDouble();
        var itemFactors = RecommenderSerializer.ReadFloats(reader);
        try
        {
            return new AlsModel(itemCount, factors, itemFactors, regularization, alpha);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The ALS model is damaged: {e.Message}", e);
        }
    }

    private double Confidence(float weight) => 1 + (Alpha * weight);

    /// <summary>
    /// Builds and factors A = Y^T Y + reg I + sum over the history of (c - 1) y y^T (lower triangle).
    /// False when no history item has a positive weight: the user is then the zero vector.
    /// </summary>
    private bool FactorSystem(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<double> matrix, Span<double> scratch)
    {
        var k = Factors;
        _gram.CopyTo(matrix);
        var any = false;
        for (var h = 0; h < historyItems.Length; h++)
        {
            if (!(historyWeights[h] > 0))
            {
                continue;
            }

            any = true;
            var y = _itemFactors.AsSpan(historyItems[h] * k, k);
            for (var a = 0; a < k; a++)
            {
                scratch[a] = y[a];
            }

            var extra = Alpha * historyWeights[h];
            for (var a = 0; a < k; a++)
            {
                var row = matrix.Slice(a * k, a + 1);
                TensorPrimitives.MultiplyAdd(scratch[..(a + 1)], extra * scratch[a], row, row);
            }
        }

        // Y^T Y + reg I is positive definite, and the history adds positive semi-definite terms.
        return any && SmallCholesky.Factor(matrix, k);
    }

    private static double[] ItemGram(float[] itemFactors, int itemCount, int k, double regularization)
    {
        var gram = new double[k * k];
        var y = new double[k];
        for (var i = 0; i < itemCount; i++)
        {
            for (var a = 0; a < k; a++)
            {
                y[a] = itemFactors[(i * k) + a];
            }

            for (var a = 0; a < k; a++)
            {
                var row = gram.AsSpan(a * k, a + 1);
                TensorPrimitives.MultiplyAdd(y.AsSpan(0, a + 1), y[a], row, row);
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < a; b++)
            {
                gram[(b * k) + a] = gram[(a * k) + b];
            }

            gram[(a * k) + a] += regularization;
        }

        return gram;
    }
}
