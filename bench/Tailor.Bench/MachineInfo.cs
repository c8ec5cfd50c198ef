using System.Runtime.InteropServices;

namespace Tailor.Bench;

/// <summary>The machine a benchmark ran on, for the report.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                ?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
        var memory = File.Exists("/proc/meminfo")
            && long.TryParse(File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Replace("kB", "", StringComparison.Ordinal).Trim(),
                System.Globalization.CultureInfo.InvariantCulture, out var kilobytes)
            ? $"{kilobytes / 1048576.0:F0} GiB"
            : "unknown";
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory} memory, {RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}";
    }

    /// <summary>The load average from /proc/loadavg: the 1-minute figure, or the 1, 5 and 15-minute ones; "unknown" off Linux.</summary>
    public static string LoadAverage(bool all = false) =>
        File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(all ? 3 : 1))
            : "unknown";
}
