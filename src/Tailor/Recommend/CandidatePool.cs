namespace Tailor.Recommend;

/// <summary>
/// The best eligible items by boosted score, for the business rules to choose from, kept in a bounded
/// heap instead of sorting the whole catalogue on every request. Items are offered in descending
/// bands of raw score (the top half of the best score first, then each next half), so the pool fills
/// with strong items early and its worst score becomes a bar that turns the long tail away with one
/// comparison each, before the eligibility checks and heap work that would cost the most.
/// </summary>
internal static class CandidatePool
{
    private const int Bands = 6;

    /// <param name="scores">Raw scores per item; only positive ones qualify.</param>
    /// <param name="size">How many items to keep.</param>
    /// <param name="maxBoost">The largest factor <paramref name="boosted"/> multiplies a raw score by (at least 1).</param>
    /// <param name="boosted">The boosted score of an item with its raw score, or null when the item is not eligible.</param>
    /// <returns>The kept items with their boosted scores, best first; equal scores put the lower item first.</returns>
    public static List<(int Item, double Score)> Best(ReadOnlySpan<float> scores, int size, double maxBoost, Func<int, float, double?> boosted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBoost, 1.0);
        var heap = new PriorityQueue<int, (double Score, int NegativeItem)>(size + 1);
        var bar = double.NegativeInfinity;
        var best = ScoreSpan.PositiveMax(scores);
        var upper = float.PositiveInfinity;
        var lower = best / 2;
        for (var band = 0; band < Bands; band++)
        {
            if (band == Bands - 1)
            {
                lower = 0f;
            }

            for (var i = 0; i < scores.Length; i++)
            {
                var raw = scores[i];
                if (raw * maxBoost < bar || raw >= upper || raw < lower || !(raw > 0) || boosted(i, raw) is not { } score)
                {
                    continue;
                }

                var key = (score, -i);
                if (heap.Count < size)
                {
                    heap.Enqueue(i, key);
                }
                else if (heap.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0)
                {
                    heap.DequeueEnqueue(i, key);
                }

                if (heap.Count == size && heap.TryPeek(out _, out var lowest))
                {
                    bar = lowest.Score;
                }
            }

            // Every item left scores below this band, so below the bar even at the largest boost.
            if (lower <= 0 || (heap.Count == size && bar >= lower * maxBoost))
            {
                break;
            }

            upper = lower;
            lower /= 2;
        }

        var pool = new List<(int Item, double Score)>(heap.Count);
        while (heap.TryDequeue(out var item, out var key))
        {
            pool.Add((item, key.Score));
        }

        pool.Reverse(); // the heap gives the worst first
        return pool;
    }
}
