using System.Globalization;
using System.Text;

namespace Tailor.Bench;

/// <summary>
/// R's <c>forecast::ets</c> (automatic selection, R's defaults) on the same series, run by <c>Rscript</c>
/// on ets.R and timed inside R around its fitting loop, so R's start-up and file reading are not counted.
/// </summary>
internal static class REts
{
    /// <summary>R's forecasts, chosen models and their log-likelihoods (NaN where R reports none), per series.</summary>
    public sealed record Result(double[][] Forecasts, string[] Methods, double[] LogLikelihoods, Timing Time, string Version);

    /// <summary>Null when Rscript or the forecast package is missing.</summary>
    public static string? Version()
    {
        try
        {
            var probe = ChildProcess.Run("Rscript", ["-e", "cat(as.character(packageVersion('forecast')))"]);
            return probe.ExitCode == 0 && probe.Stdout.Length > 0 ? probe.Stdout.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public static Result Run(IReadOnlyList<NamedSeries> training, int seasonLength, int horizon)
    {
        var work = Directory.CreateTempSubdirectory("tailor-bench-ets-");
        try
        {
            var input = Path.Combine(work.FullName, "series.csv");
            var output = Path.Combine(work.FullName, "forecasts.csv");
            var csv = new StringBuilder("series,value\n");
            for (var i = 0; i < training.Count; i++)
            {
                foreach (var v in training[i].Values)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"s{i},{v:R}\n");
                }
            }

            File.WriteAllText(input, csv.ToString());
            var script = Path.Combine(AppContext.BaseDirectory, "ets.R");
            var run = ChildProcess.Run("Rscript", [script, input, output, $"{horizon}", $"{seasonLength}"]);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"Rscript ets.R failed ({run.ExitCode}): {run.Stderr}");
            }

            var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var time = new Timing(Seconds(lines, "elapsed "), Seconds(lines, "cpu "));
            var version = lines.Last(l => l.StartsWith("forecast ", StringComparison.Ordinal));
            var forecasts = new double[training.Count][];
            var methods = new string[training.Count];
            var logLikelihoods = new double[training.Count];
            foreach (var line in File.ReadLines(output).Skip(1))
            {
                // "s12","ETS(A,N,A)",-2731.5,3,41.5
                var fields = line.Split(',');
                var i = int.Parse(fields[0].Trim('"')[1..], CultureInfo.InvariantCulture);
                var method = string.Join(',', fields[1..^3]).Trim('"');
                logLikelihoods[i] = double.TryParse(fields[^3], CultureInfo.InvariantCulture, out var loglik) ? loglik : double.NaN;
                var step = int.Parse(fields[^2], CultureInfo.InvariantCulture);
                forecasts[i] ??= new double[horizon];
                forecasts[i][step - 1] = double.Parse(fields[^1], CultureInfo.InvariantCulture);
                methods[i] = method;
            }

            return new Result(forecasts, methods, logLikelihoods, time, version);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static double Seconds(string[] lines, string label) =>
        double.Parse(lines.Last(l => l.StartsWith(label, StringComparison.Ordinal))[label.Length..], CultureInfo.InvariantCulture);
}
