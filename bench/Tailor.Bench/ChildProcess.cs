using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Tailor.Bench;

/// <summary>Runs a whole process and times it from outside, as a user would experience it.</summary>
internal static partial class ChildProcess
{
    public sealed record Result(int ExitCode, TimeSpan Wall, string Stdout, string Stderr);

    public static Result Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, string? stdin = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {fileName}.");
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        return new Result(process.ExitCode, clock.Elapsed, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Largest resident set of any child process waited for so far, in bytes: the kernel's own
    /// accounting (getrusage RUSAGE_CHILDREN), so it sees the true peak, not a sample.
    /// </summary>
    public static long PeakChildMemoryBytes()
    {
        if (GetRusage(RusageChildren, out var usage) != 0)
        {
            return -1;
        }

        return usage.MaxRssKilobytes * 1024;
    }

    private const int RusageChildren = -1;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRssKilobytes;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long Minflt;
        public long Majflt;
        public long Nswap;
        public long Inblock;
        public long Oublock;
        public long Msgsnd;
        public long Msgrcv;
        public long Nsignals;
        public long Nvcsw;
        public long Nivcsw;
    }
}
