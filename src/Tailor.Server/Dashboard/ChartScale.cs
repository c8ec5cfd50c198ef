namespace Tailor.Server.Dashboard;

/// <summary>Axis steps a person reads at a glance: 1, 2 or 5 times a power of ten.</summary>
public static class ChartScale
{
    /// <summary>The smallest such step that divides 0..<paramref name="max"/> into at most <paramref name="ticks"/> intervals.</summary>
    public static int Step(double max, int ticks = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticks, 1);
        if (!(max > 0) || double.IsInfinity(max))
        {
            return 1;
        }

        var rough = max / ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var factor in new[] { 1, 2, 5, 10 })
        {
            if (factor * power >= rough)
            {
                return (int)Math.Max(1, Math.Round(factor * power));
            }
        }

        return (int)Math.Max(1, 10 * power);
    }
}
