namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Ranking metrics at a cut-off k with binary relevance, defined as RecBole, implicit and Elliot
/// define them. Ranks count from 1. A list shorter than k (fewer candidates than k) counts as padded
/// with misses: precision still divides by k. Relevant items a model cannot rank (absent from its
/// catalogue) stay in the relevant count, so they lower recall, NDCG and MAP. With no relevant
/// items every metric is 0.
/// <list type="bullet">
/// <item>Precision@k = hits / k.</item>
/// <item>Recall@k = hits / |relevant|.</item>
/// <item>NDCG@k = DCG / IDCG, DCG = sum over hit ranks i &lt;= k of 1 / log2(i + 1), IDCG the same sum over ranks 1..min(k, |relevant|).</item>
/// <item>AP@k = (1 / min(k, |relevant|)) * sum over hit ranks i &lt;= k of precision@i; MAP@k is its mean over users.</item>
/// <item>HitRate@k = 1 if any hit, else 0.</item>
/// <item>RR@k = 1 / rank of the first hit within k, else 0; MRR@k is its mean over users.</item>
/// </list>
/// </summary>
public static class RankingMetrics
{
    private const int StackLimit = 256;

    /// <summary>
    /// All metrics from hit flags: <paramref name="hits"/>[i] tells whether the item at rank i + 1 is
    /// relevant. Entries past <paramref name="k"/> are ignored.
    /// </summary>
    /// <param name="hits">Relevance of the ranked items, best first.</param>
    /// <param name="relevantCount">Number of relevant items, including any the model could not rank.</param>
    /// <param name="k">The cut-off, at least 1.</param>
    public static RankingScores FromHits(ReadOnlySpan<bool> hits, int relevantCount, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(relevantCount);
        var length = Math.Min(k, hits.Length);
        var found = 0;
        var dcg = 0.0;
        var precisionSum = 0.0;
        var reciprocalRank = 0.0;
        for (var i = 0; i < length; i++)
        {
            if (!hits[i])
            {
                continue;
            }

            found++;
            var rank = i + 1;
            dcg += 1.0 / Math.Log2(rank + 1);
            precisionSum += (double)found / rank;
            if (found == 1)
            {
                reciprocalRank = 1.0 / rank;
            }
        }

        if (found > relevantCount)
        {
            throw new ArgumentException($"{found} hits cannot come from {relevantCount} relevant items.", nameof(relevantCount));
        }

        if (relevantCount == 0)
        {
            return default;
        }

        var ideal = Math.Min(k, relevantCount);
        var idcg = 0.0;
        for (var rank = 1; rank <= ideal; rank++)
        {
            idcg += 1.0 / Math.Log2(rank + 1);
        }

        return new RankingScores(
            Precision: (double)found / k,
            Recall: (double)found / relevantCount,
            Ndcg: dcg / idcg,
            AveragePrecision: precisionSum / ideal,
            HitRate: found > 0 ? 1 : 0,
            ReciprocalRank: reciprocalRank);
    }

    /// <summary>All metrics of a ranked list (best first, items distinct) against a relevant set.</summary>
    /// <exception cref="ArgumentException">An item appears twice in the top <paramref name="k"/>.</exception>
    public static RankingScores Compute<T>(ReadOnlySpan<T> ranked, IReadOnlySet<T> relevant, int k)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(relevant);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var length = Math.Min(k, ranked.Length);
        var seen = new HashSet<T>();
        Span<bool> hits = length <= StackLimit ? stackalloc bool[length] : new bool[length];
        for (var i = 0; i < length; i++)
        {
            if (!seen.Add(ranked[i]))
            {
                throw new ArgumentException($"Item '{ranked[i]}' appears twice in the ranked list.", nameof(ranked));
            }

            hits[i] = relevant.Contains(ranked[i]);
        }

        return FromHits(hits, relevant.Count, k);
    }

    /// <summary>Hits in the top <paramref name="k"/> / k.</summary>
    public static double Precision<T>(ReadOnlySpan<T> ranked, IReadOnlySet<T> relevant, int k)
        where T : notnull => Compute(ranked, relevant, k).Precision;

    /// <summary>Hits in the top <paramref name="k"/> / number of relevant items.</summary>
    public static double Recall<T>(ReadOnlySpan<T> ranked, IReadOnlySet<T> relevant, int k)
        where T : notnull => Compute(ranked, relevant, k).Recall;

    /// <summary>Normalised discounted cumulative gain at <paramref name="k"/>.</summary>
    public static double Ndcg<T>(ReadOnlySpan<T> ranked, IReadOnlySet<T> relevant, int k)
        where T : notnull => Compute(ranked, relevant, k).Ndcg;

    /// <summary>Average precision at <paramref name="k"/> (MAP@k is its mean over users).</summary>
    public static double AveragePrecision<T>(ReadOnlySpan<T> ranked, IReadOnlySet<T> relevant, int k)
        where T : notnull => Compute(ranked, relevant, k).AveragePrecision;

    /// <summary>1 when any of the top <paramref name="k"/> is relevant, else 0.</summary>
    public static double HitRate<T>(ReadOnlySpan<T> ranked, IReadOnlySet<T> relevant, int k)
        where T : notnull => Compute(ranked, relevant, k).HitRate;

    /// <summary>1 / rank of the first relevant item within <paramref name="k"/>, else 0 (MRR@k is its mean over users).</summary>
    public static double ReciprocalRank<T>(ReadOnlySpan<T> ranked, IReadOnlySet<T> relevant, int k)
        where T : notnull => Compute(ranked, relevant, k).ReciprocalRank;
}
