namespace Tailor.Recommend;

/// <summary>A model that can say which history item contributed most to a candidate's score.</summary>
public interface IExplainingRecommender : IRecommender
{
    /// <summary>
    /// The position in <paramref name="historyItems"/> of the item that contributed most to
    /// <paramref name="candidate"/>'s score, or -1 when none did (for example a popularity score).
    /// </summary>
    int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate);

    /// <summary>
    /// <see cref="StrongestReason"/> for several candidates at once; models whose explanation needs
    /// per-history work (ALS solves the user's system) override it to do that work once.
    /// </summary>
    void StrongestReasons(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        for (var c = 0; c < candidates.Length; c++)
        {
            reasons[c] = StrongestReason(historyItems, historyWeights, candidates[c]);
        }
    }
}
