namespace Tailor.Recommend;

/// <summary>The session of a model without per-history work: each call goes straight to the model.</summary>
internal sealed class HistoryScoringSession(IRecommender model, UserHistory history) : IScoringSession
{
    public void Score(Span<float> scores) => model.Score(history.Items, history.Weights, scores);

    public void StrongestReasons(ReadOnlySpan<int> candidates, Span<int> reasons)
    {
        if (model is IExplainingRecommender explaining)
        {
            explaining.StrongestReasons(history.Items, history.Weights, candidates, reasons);
        }
        else
        {
            reasons[..candidates.Length].Fill(-1);
        }
    }

    public void Dispose()
    {
    }
}
