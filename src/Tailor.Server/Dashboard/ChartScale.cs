namespace Tailor.Server.Dashboard;

/// <summary>Axis steps a person reads at a glance: 1, 2 or 5 times a power of ten.</summary>
public static class ChartScale
{
    /// <summary>The smallest such step that divides 0..<paramref name="max"/> into at most <paramref name="ticks"/> intervals.</summary>
    public static int Step(double max, int ticks = 5) => (int)Math.Max(1, Math.Round(FineStep(max, ticks)));

    /// <summary>As <see cref="Step(double, int)"/> for axes whose range may be below 1 (units per day, response per euro).</summary>
    public static double FineStep(double max, int ticks = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticks, 1);
        if (!(max > 0) || double.IsInfinity(max))
        {
            return 1;
        }

        var rough = max / ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        // 10 x power covers rough in exact arithmetic; the fallback covers rounding in Pow.
        return new[] { 1.0, 2, 5 }.Select(f => f * power).Where(step => step >= rough).DefaultIfEmpty(10 * power).First();
    }
}
