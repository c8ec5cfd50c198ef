using System.Diagnostics;

namespace Tailor.Bench;

/// <summary>
/// Wall-clock and CPU time of a piece of work in this process. On a busy machine the wall time grows
/// with the other work; the CPU time (all of this process's threads, JIT and GC included) much less.
/// </summary>
internal readonly record struct Timing(double WallSeconds, double CpuSeconds)
{
    public static Timing Measure(Action work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        process.Refresh();
        return new Timing(clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
