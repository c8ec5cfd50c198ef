namespace Tailor.Customers;

/// <summary>
/// Sends as examples for one stage of the response funnel: features, label, and the customer's
/// earlier trials and successes at that stage (for the past-rate model), with send times.
/// </summary>
internal sealed class ResponsePropensityExamples
{
    public ResponsePropensityExamples(float[][] rows, bool[] labels, int[] trials, int[] successes, long[] ticks)
    {
        Rows = rows;
        Labels = labels;
        Trials = trials;
        Successes = successes;
        Ticks = ticks;
    }

    public float[][] Rows { get; }

    public bool[] Labels { get; }

    public int[] Trials { get; }

    public int[] Successes { get; }

    public long[] Ticks { get; }

    public int Count => Labels.Length;

    public int Positives => Labels.Count(l => l);

    public double Rate => Count == 0 ? 0 : Positives / (double)Count;

    /// <summary>The send time that leaves <paramref name="laterShare"/> of the examples at or after it.</summary>
    public long Boundary(double laterShare)
    {
        var sorted = (long[])Ticks.Clone();
        Array.Sort(sorted);
        return sorted[Math.Clamp((int)(sorted.Length * (1 - laterShare)), 0, sorted.Length - 1)];
    }

    /// <summary>The examples before a moment and those at or after it.</summary>
    public (ResponsePropensityExamples Before, ResponsePropensityExamples After) Split(long boundary) =>
        (Where(i => Ticks[i] < boundary), Where(i => Ticks[i] >= boundary));

    public ResponsePropensityExamples Where(Func<int, bool> keep)
    {
        var indices = Enumerable.Range(0, Count).Where(keep).ToArray();
        return new ResponsePropensityExamples(
            Array.ConvertAll(indices, i => Rows[i]),
            Array.ConvertAll(indices, i => Labels[i]),
            Array.ConvertAll(indices, i => Trials[i]),
            Array.ConvertAll(indices, i => Successes[i]),
            Array.ConvertAll(indices, i => Ticks[i]));
    }
}
