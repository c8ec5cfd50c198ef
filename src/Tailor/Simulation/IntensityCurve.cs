namespace Tailor.Simulation;

/// <summary>
/// A piecewise-constant daily multiplier of a Poisson rate and its running integral, so that the
/// next event of a non-homogeneous Poisson process is found by inverting the integral in O(log days).
/// Time is in days since the start of the period.
/// </summary>
internal sealed class IntensityCurve
{
    private readonly double[] _multiplier;
    private readonly double[] _cumulative;

    public IntensityCurve(double[] multiplier)
    {
        _multiplier = multiplier;
        _cumulative = new double[multiplier.Length + 1];
        for (var day = 0; day < multiplier.Length; day++)
        {
            _cumulative[day + 1] = _cumulative[day] + multiplier[day];
        }
    }

    public int Days => _multiplier.Length;

    public double this[int day] => _multiplier[day];

    public double Total => _cumulative[^1];

    /// <summary>Integral of the multiplier from 0 to <paramref name="time"/>, clamped to the period.</summary>
    public double Integral(double time)
    {
        if (time <= 0)
        {
            return 0;
        }

        if (time >= Days)
        {
            return Total;
        }

        var day = (int)time;
        return _cumulative[day] + ((time - day) * _multiplier[day]);
    }

    /// <summary>
    /// The time at which the integral has grown by <paramref name="amount"/> after <paramref name="from"/>,
    /// or positive infinity when that lies beyond the period.
    /// </summary>
    public double Advance(double from, double amount)
    {
        var target = Integral(from) + amount;
        if (target >= Total)
        {
            return double.PositiveInfinity;
        }

        // Last day whose running total is at most the target.
        var low = 0;
        var high = Days - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >>> 1;
            if (_cumulative[mid] <= target)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var rest = target - _cumulative[low];
        var time = low + (_multiplier[low] > 0 ? rest / _multiplier[low] : 0);
        return Math.Max(time, from);
    }

    /// <summary>A day drawn in proportion to the multiplier.</summary>
    public int DrawDay(Random rng) => Math.Min(Days - 1, (int)Advance(0, rng.NextDouble() * Total * 0.999999999));
}
