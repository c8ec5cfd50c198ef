namespace Tailor.Recommend;

/// <summary>
/// A trained model. It scores every item for a user described only by their history (item indices
/// and strengths), which is what makes recommendations real time: a view seconds old is part of the
/// history the next call passes. Models are immutable and safe to share between threads.
/// </summary>
public interface IRecommender
{
    /// <summary>Algorithm name, as in <see cref="RecommenderSerializer"/> and the CLI.</summary>
    string Name { get; }

    /// <summary>Items the model knows; scores are indexed like the training matrix's items.</summary>
    int ItemCount { get; }

    /// <summary>
    /// Writes a score for every item into <paramref name="scores"/> (length <see cref="ItemCount"/>);
    /// higher is better. Items already in the history are scored too: rules decide whether to show them.
    /// </summary>
    /// <param name="historyItems">Item indices the user interacted with.</param>
    /// <param name="historyWeights">Their strengths, same length.</param>
    /// <param name="scores">Output, one per item.</param>
    void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores);

    /// <summary>
    /// Starts scoring one history. Models with per-history work override this to do it once for the
    /// scores and the explanations of the items chosen from them.
    /// </summary>
    IScoringSession Begin(UserHistory history) => new HistoryScoringSession(this, history);

    /// <summary>Writes the model's parameters; <see cref="RecommenderSerializer"/> adds the name and reads it back.</summary>
    void Save(BinaryWriter writer);
}
