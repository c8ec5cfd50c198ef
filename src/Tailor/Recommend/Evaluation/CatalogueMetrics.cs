namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Metrics of what all users were shown together, from exposure counts: how many top-k lists each
/// training item appears in.
/// </summary>
public static class CatalogueMetrics
{
    /// <summary>Catalogue coverage: the share of items that appear in at least one list.</summary>
    public static double Coverage(ReadOnlySpan<int> exposures)
    {
        if (exposures.IsEmpty)
        {
            return 0;
        }

        var shown = 0;
        foreach (var count in exposures)
        {
            shown += count > 0 ? 1 : 0;
        }

        return (double)shown / exposures.Length;
    }

    /// <summary>
    /// Gini coefficient of exposure, as RecBole's GiniIndex: with the n counts sorted ascending,
    /// x(1) &lt;= ... &lt;= x(n), G = sum over i of (2i - n - 1) x(i) / (n * sum of x). Items never shown
    /// count as zeros. 0 when every item is shown equally often; (n - 1) / n, near 1, when one item
    /// takes every slot. 0 when nothing was shown.
    /// </summary>
    public static double Gini(ReadOnlySpan<int> exposures)
    {
        var n = exposures.Length;
        if (n == 0)
        {
            return 0;
        }

        var sorted = exposures.ToArray();
        Array.Sort(sorted);
        double total = 0;
        double weighted = 0;
        for (var i = 0; i < n; i++)
        {
            total += sorted[i];
            weighted += ((2.0 * (i + 1)) - n - 1) * sorted[i];
        }

        return total == 0 ? 0 : weighted / (n * total);
    }

    /// <summary>
    /// Self-information of recommending an item, the term novelty averages: -log2(users of the item /
    /// all users). An item no training user touched counts as touched by one, so it is the most novel
    /// and never infinite.
    /// </summary>
    /// <param name="itemUsers">Training users who interacted with the item.</param>
    /// <param name="totalUsers">All training users.</param>
    public static double SelfInformation(int itemUsers, int totalUsers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(totalUsers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(itemUsers);
        return -Math.Log2((double)Math.Max(itemUsers, 1) / totalUsers);
    }
}
