namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Keeps the k best (item, score) pairs seen, in a binary heap whose root is the worst kept: O(n log k)
/// over n candidates instead of a full sort, and no allocation after construction. Equal scores rank
/// the lower item index first, so the result never depends on the order candidates arrive in; NaN
/// ranks below every number.
/// </summary>
internal sealed class TopKSelector
{
    private readonly int[] _items;
    private readonly float[] _scores;
    private int _count;

    public TopKSelector(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new int[capacity];
        _scores = new float[capacity];
    }

    public int Capacity => _items.Length;

    public int Count => _count;

    public void Clear() => _count = 0;

    /// <summary>Whether <paramref name="score"/> could be kept: the selector is not full, or it is no worse than the worst kept.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Admits(float score) => _count < _items.Length || score >= _scores[0];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(int item, float score)
    {
        // Once full, most scores lose to the worst kept: that test is inlined into the caller's loop.
        if (_count == _items.Length && score < _scores[0])
        {
            return;
        }

        AddKept(item, score);
    }

    private void AddKept(int item, float score)
    {
        if (float.IsNaN(score))
        {
            score = float.NegativeInfinity;
        }

        if (_count < _items.Length)
        {
            var at = _count++;
            _items[at] = item;
            _scores[at] = score;
            SiftUp(at);
        }
        else if (Worse(_scores[0], _items[0], score, item))
        {
            _items[0] = item;
            _scores[0] = score;
            SiftDown(0, _count);
        }
    }

    /// <summary>Writes the kept items best first and empties the selector; returns how many were written.</summary>
    public int DrainSorted(Span<int> destination)
    {
        var count = _count;
        if (destination.Length < count)
        {
            throw new ArgumentException($"The destination holds {destination.Length} items, not {count}.", nameof(destination));
        }

        // Popping the worst each time fills the destination from the back.
        for (var last = count - 1; last >= 0; last--)
        {
            destination[last] = _items[0];
            _items[0] = _items[last];
            _scores[0] = _scores[last];
            SiftDown(0, last);
        }

        _count = 0;
        return count;
    }

    /// <summary>Whether (scoreA, itemA) ranks below (scoreB, itemB).</summary>
    private static bool Worse(float scoreA, int itemA, float scoreB, int itemB) =>
        scoreA < scoreB || (scoreA == scoreB && itemA > itemB);

    private void SiftUp(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (!Worse(_scores[at], _items[at], _scores[parent], _items[parent]))
            {
                return;
            }

            Swap(at, parent);
            at = parent;
        }
    }

    private void SiftDown(int at, int count)
    {
        while (true)
        {
            var worst = at;
            var left = (2 * at) + 1;
            var right = left + 1;
            if (left < count && Worse(_scores[left], _items[left], _scores[worst], _items[worst]))
            {
                worst = left;
            }

            if (right < count && Worse(_scores[right], _items[right], _scores[worst], _items[worst]))
            {
                worst = right;
            }

            if (worst == at)
            {
                return;
            }

            Swap(at, worst);
            at = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_items[a], _items[b]) = (_items[b], _items[a]);
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
    }
}
