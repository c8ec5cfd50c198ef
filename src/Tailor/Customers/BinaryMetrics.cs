namespace Tailor.Customers;

/// <summary>AUC and log-loss of scores against binary outcomes.</summary>
internal static class BinaryMetrics
{
    /// <summary>Mann-Whitney AUC with tied scores counted half; NaN without both outcomes.</summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSumPositive = 0;
        long positives = 0;
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                end++;
            }

            // Ranks start .. end-1 (0-based) share their mean rank, 1-based.
            var meanRank = ((start + 1) + end) / 2.0;
            for (var j = start; j < end; j++)
            {
                if (positive[order[j]])
                {
                    rankSumPositive += meanRank;
                    positives++;
                }
            }

            start = end;
        }

        var negatives = scores.Count - positives;
        return positives == 0 || negatives == 0
            ? double.NaN
            : (rankSumPositive - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Mean negative log-likelihood, probabilities clipped to [1e-15, 1 - 1e-15].</summary>
    public static double LogLoss(IReadOnlyList<double> probabilities, IReadOnlyList<bool> positive)
    {
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], 1e-15, 1 - 1e-15);
            sum -= positive[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return sum / probabilities.Count;
    }
}
