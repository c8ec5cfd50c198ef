namespace Tailor.Recommend.Algorithms;

/// <summary>Argument checks shared by the models' Score and StrongestReason.</summary>
internal static class ScoreArguments
{
    public static void CheckHistory(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int itemCount)
    {
        if (historyItems.Length != historyWeights.Length)
        {
            throw new ArgumentException(
                $"The history has {historyItems.Length} items but {historyWeights.Length} weights.",
                nameof(historyWeights));
        }

        foreach (var item in historyItems)
        {
            if ((uint)item >= (uint)itemCount)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(historyItems),
                    $"History item {item} is outside the model's {itemCount} items.");
            }
        }
    }

    public static void CheckScores(Span<float> scores, int itemCount)
    {
        if (scores.Length != itemCount)
        {
            throw new ArgumentException($"The scores span holds {scores.Length} values; the model has {itemCount} items.", nameof(scores));
        }
    }

    public static void CheckCandidate(int candidate, int itemCount)
    {
        if ((uint)candidate >= (uint)itemCount)
        {
            throw new ArgumentOutOfRangeException(nameof(candidate), $"Candidate {candidate} is outside the model's {itemCount} items.");
        }
    }
}
