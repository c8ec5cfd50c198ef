namespace Tailor.Simulation;

/// <summary>Turns simulation time (days since the start, as a double) into UTC timestamps, to the second.</summary>
internal sealed class SimulationClock(DateOnly start, int days)
{
    private readonly long _startTicks = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks;

    public DateOnly Start { get; } = start;

    public int Days { get; } = days;

    /// <summary>Whole seconds since the start; the sort key of everything that happens.</summary>
    public static long Seconds(double time) => (long)Math.Floor(time * 86_400);

    public DateTimeOffset FromSeconds(long seconds) => new(_startTicks + (seconds * TimeSpan.TicksPerSecond), TimeSpan.Zero);

    public DateTimeOffset Timestamp(double time) => FromSeconds(Seconds(time));

    public DateOnly Date(int day) => Start.AddDays(day);
}
