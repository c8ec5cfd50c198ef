namespace Tailor.Recommend;

/// <summary>
/// One history being scored and then explained. A model whose scoring needs per-history work (ALS
/// solves the user's least-squares system) does that work once when the session begins, and the
/// explanation of the chosen items reuses it. Not thread-safe; dispose it to return its buffers.
/// </summary>
public interface IScoringSession : IDisposable
{
    /// <summary>Writes a score for every item (length <see cref="IRecommender.ItemCount"/>), as <see cref="IRecommender.Score"/>.</summary>
    void Score(Span<float> scores);

    /// <summary>
    /// For each candidate, the position in the history of the item that contributed most to its
    /// score, or -1 when none did; as <see cref="IExplainingRecommender.StrongestReasons"/>.
    /// </summary>
    void StrongestReasons(ReadOnlySpan<int> candidates, Span<int> reasons);
}
