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

        using var session = new AlsScoringSession(this, historyItems.ToArray(), historyWeights.ToArray());
        session.UserFactors.CopyTo(userFactors);
    }

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores)
    {
        ScoreArguments.CheckHistory(historyItems, historyWeights, ItemCount);
        ScoreArguments.CheckScores(scores, ItemCount);
        using var session = new AlsScoringSession(this, historyItems.ToArray(), historyWeights.ToArray());
        session.Score(scores);
    }

    /// <summary>Folds the user in once; the scores and the explanations of the chosen items both use it.</summary>
    public IScoringSession Begin(UserHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        ScoreArguments.CheckHistory(history.Items, history.Weights, ItemCount);
        return new AlsScoringSession(this, history.Items, history.Weights);
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
        using var session = new AlsScoringSession(this, historyItems.ToArray(), historyWeights.ToArray());
        session.StrongestReasons(candidates, reasons);
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

    internal double Confidence(float weight) => 1 + (Alpha * weight);

    /// <summary>The factor vector of an item whose index is already checked.</summary>
    internal ReadOnlySpan<float> Factor(int item) => _itemFactors.AsSpan(item * Factors, Factors);

    /// <summary>
    /// Builds and factors A = Y^T Y + reg I + sum over the history of (c - 1) y y^T (lower triangle).
    /// False when no history item has a positive weight: the user is then the zero vector.
    /// </summary>
    /// <param name="historyItems">The user's items.</param>
    /// <param name="historyWeights">Their strengths; items at 0 or below are left out.</param>
    /// <param name="matrix">k x k, receives the Cholesky factor.</param>
    /// <param name="extra">k x k scratch for the history's part.</param>
    internal bool FactorSystem(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<double> matrix, Span<float> extra)
    {
        var k = Factors;
        extra.Clear();
        var any = false;
        for (var h = 0; h < historyItems.Length; h++)
        {
            if (!(historyWeights[h] > 0))
            {
                continue;
            }

            any = true;
            // The history's rank-one terms are summed in single precision with inlined SIMD (a customer
            // with a thousand items costs a millisecond less); the sum joins the double Gram matrix for
            // the factorisation, whose accuracy is what matters.
            var y = Factor(historyItems[h]);
            var extraWeight = (float)(Alpha * historyWeights[h]);
            for (var a = 0; a < k; a++)
            {
                FactorKernels.AddScaled(y[..(a + 1)], extraWeight * y[a], extra.Slice(a * k, a + 1));
            }
        }

        if (!any)
        {
            return false;
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                matrix[(a * k) + b] = _gram[(a * k) + b] + extra[(a * k) + b];
            }
        }

        // Y^T Y + reg I is positive definite, and the history adds positive semi-definite terms.
        return SmallCholesky.Factor(matrix, k);
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
