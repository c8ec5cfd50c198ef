using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Sylvan.Data.Csv;
using Tailor.Data.Csv;
using Tailor.Operations;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor forecast`: on the store, one item, category or the shop's total demand per day
/// (`--item ID | --category C | --total`, see <see cref="ForecastStoreMode"/>); on a file
/// (`--series FILE --horizon H ... --output FILE`), forecasts with intervals for every series in it.
/// </summary>
internal static class ForecastCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var series = new Option<string?>("--series") { Description = "File with columns series,timestamp,value (timestamp a date or an integer period)." };
        var horizon = new Option<int?>("--horizon") { Description = "With --series: periods to forecast." };
        var season = new Option<int>("--season-length") { Description = "Periods per season (7 daily/weekly, 12 monthly/yearly, 1 none).", DefaultValueFactory = _ => 1 };
        var model = new Option<string>("--model") { Description = "auto, ets, naive, snaive, theta or croston.", DefaultValueFactory = _ => "auto" };
        model.AcceptOnlyFromAmong("auto", "ets", "naive", "snaive", "theta", "croston");
        var outputFile = new Option<string?>("--output") { Description = "With --series: CSV to write: series,step,forecast,lo80,hi80,lo95,hi95." };
        var store = new ForecastStoreMode();
        var command = new Command("forecast", "Forecast demand from the store (--item, --category, --total) or series from a file (--series), with 80% and 95% intervals.")
        {
            series, horizon, season, model, outputFile,
        };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            if (store.Conflicting(parse))
            {
                output.Error.WriteLine("Give one of --item, --category and --total.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(series) is null)
            {
                return CommandContext.Run(parse, globals, output, context => store.Run(context, Forecaster(parse.GetValue(model)!),
                    parse.GetResult(season) is { Implicit: false } ? parse.GetValue(season) : null));
            }

            if (store.Chosen(parse) || parse.GetValue(horizon) is null || parse.GetValue(outputFile) is null)
            {
                output.Error.WriteLine("With --series, give --horizon and --output, and none of --item, --category, --total, --horizon-days.");
                return ExitCodes.Usage;
            }

            return CommandContext.Run(parse, globals, output, context => RunFile(context, output, parse.GetValue(series)!, parse.GetValue(horizon)!.Value,
                parse.GetValue(season), Forecaster(parse.GetValue(model)!), parse.GetValue(outputFile)!));
        });
        return command;
    }

    private static IForecaster Forecaster(string model) => model switch
    {
        "ets" => new EtsForecaster(),
        "naive" => new NaiveForecaster(),
        "snaive" => new SeasonalNaiveForecaster(),
        "theta" => new ThetaForecaster(),
        "croston" => new IntermittentForecaster(),
        _ => new AutoForecaster(),
    };

    private static int RunFile(CommandContext context, CliOutput output, string seriesFile, int h, int m, IForecaster forecaster, string outputPath)
    {
        if (h < 1 || m < 1)
        {
            throw new CliException("--horizon and --season-length must be at least 1.");
        }

        var clock = Stopwatch.StartNew();
        var data = ReadSeries(seriesFile);
        var results = new (string Series, ForecastResult? Result, string? Error)[data.Count];
        Parallel.For(0, data.Count, i =>
        {
            var (name, values) = data[i];
            try
            {
                results[i] = (name, forecaster.Fit(values, m).Forecast(h), null);
            }
            catch (ArgumentException e)
            {
                results[i] = (name, null, e.Message);
            }
        });

        using (var writer = new StreamWriter(outputPath))
        {
            var csv = new CsvRecordWriter(writer);
            csv.Header(["series", "step", "forecast", "lo80", "hi80", "lo95", "hi95"]);
            foreach (var (name, result, _) in results)
            {
                for (var step = 0; result is not null && step < result.Horizon; step++)
                {
                    csv.Field(name);
                    csv.Field(step + 1);
                    csv.Field(result.Point[step]);
                    csv.Field(result.Lower80[step]);
                    csv.Field(result.Upper80[step]);
                    csv.Field(result.Lower95[step]);
                    csv.Field(result.Upper95[step]);
                    csv.EndRow();
                }
            }
        }

        var failed = results.Where(r => r.Error is not null).Select(r => new { series = r.Series, error = r.Error }).ToList();
        if (context.Json)
        {
            output.WriteJson(new
            {
                series = results.Length,
                forecasted = results.Length - failed.Count,
                horizon = h,
                models = results.Where(r => r.Result is not null).ToDictionary(r => r.Series, r => r.Result!.Model, StringComparer.Ordinal),
                failed,
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
            });
        }
        else
        {
            output.Console.MarkupLineInterpolated($"Forecast {results.Length - failed.Count:N0} of {results.Length:N0} series {h} steps ahead in {clock.Elapsed.TotalSeconds:F2} s.");
            foreach (var f in failed)
            {
                output.Console.MarkupLineInterpolated($"[yellow]{f.series}[/]: {f.error}");
            }
        }

        return failed.Count == results.Length ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>Series in file order of first appearance, each sorted by its timestamps.</summary>
    private static List<(string Name, double[] Values)> ReadSeries(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"File '{path}' does not exist.");
        }

        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Comment = '\0' });
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim().ToLowerInvariant()).ToList();
        int series = names.IndexOf("series"), timestamp = names.IndexOf("timestamp"), value = names.IndexOf("value");
        if (series < 0 || timestamp < 0 || value < 0)
        {
            throw new CliException($"File '{path}' needs the columns series,timestamp,value; its header is {string.Join(",", names)}.");
        }

        var bySeries = new Dictionary<string, List<(double Order, double Value)>>(StringComparer.Ordinal);
        var order = new List<string>();
        while (reader.Read())
        {
            var line = reader.RowNumber + 1;
            var name = reader.GetString(series).Trim();
            var stamp = reader.GetString(timestamp).Trim();
            double position;
            if (FieldParser.TryLong(stamp, out var index))
            {
                position = index;
            }
            else if (FieldParser.TryTimestamp(stamp, TimeZoneInfo.Utc, out var at))
            {
                position = at.ToUnixTimeSeconds();
            }
            else
            {
                throw new CliException($"{path}: line {line}: timestamp '{stamp}' is neither a date nor a period number.");
            }

            if (!FieldParser.TryDouble(reader.GetString(value), out var v))
            {
                throw new CliException($"{path}: line {line}: value '{reader.GetString(value)}' is not a number.");
            }

            if (!bySeries.TryGetValue(name, out var points))
            {
                points = [];
                bySeries[name] = points;
                order.Add(name);
            }

            points.Add((position, v));
        }

        return order.Select(name => (name, bySeries[name].OrderBy(p => p.Order).Select(p => p.Value).ToArray())).ToList();
    }
}
