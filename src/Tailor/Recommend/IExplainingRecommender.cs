namespace Tailor.Recommend;

/// <summary>A model that can say which history item contributed most to a candidate's score.</summary>
public interface IExplainingRecommender : IRecommender
{
    /// <summary>
    /// The position in <paramref name="historyItems"/> of the item that contributed most to
    /// <paramref name="candidate"/>'s score, or -1 when none did (for example a popularity score).
    /// </summary>
    int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate);
}
