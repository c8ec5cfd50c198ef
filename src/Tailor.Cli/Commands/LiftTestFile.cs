using System.Globalization;
using Sylvan.Data.Csv;
using Tailor.Data.Csv;
using Tailor.Marketing;

namespace Tailor.Cli.Commands;

/// <summary>
/// Reads `--lift-tests FILE`: a CSV with the columns channel,start,end,incremental,standard_error and
/// optionally outcome (orders or revenue, default orders), one experiment per row.
/// </summary>
internal static class LiftTestFile
{
    public const string Columns = "channel,start,end,incremental,standard_error[,outcome]";

    /// <summary>The file's tests; every bad row is named in one error, since a plan should not rest on half the evidence.</summary>
    /// <exception cref="CliException">The file is missing, lacks a column, or has bad rows.</exception>
    public static List<LiftTest> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"File '{path}' does not exist.");
        }

        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Comment = '\0' });
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim().ToLowerInvariant()).ToList();
        int channel = names.IndexOf("channel"), start = names.IndexOf("start"), end = names.IndexOf("end"),
            incremental = names.IndexOf("incremental"), error = names.IndexOf("standard_error"), outcome = names.IndexOf("outcome");
        if (channel < 0 || start < 0 || end < 0 || incremental < 0 || error < 0)
        {
            throw new CliException($"File '{path}' needs the columns {Columns}; its header is {string.Join(",", names)}.");
        }

        var tests = new List<LiftTest>();
        var problems = new List<string>();
        while (reader.Read())
        {
            var line = reader.RowNumber + 1;
            var problem = Row(reader, channel, start, end, incremental, error, outcome, out var test);
            if (problem is null)
            {
                tests.Add(test!);
            }
            else
            {
                problems.Add($"line {line}: {problem}");
            }
        }

        if (problems.Count > 0)
        {
            throw new CliException($"{path}: {problems.Count} bad lift test(s), nothing fitted: {string.Join("; ", problems)}.");
        }

        return tests;
    }

    /// <summary>Appends a test to the file, writing the header first when the file is new or empty.</summary>
    public static void Append(string path, LiftTest test)
    {
        var fresh = !File.Exists(path) || new FileInfo(path).Length == 0;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{Quote(test.Channel)},{test.Start:yyyy-MM-dd},{test.End:yyyy-MM-dd},{test.Incremental:R},{test.StandardError:R},{MarketingOutcomeNames.Name(test.Outcome)}\n");
        File.AppendAllText(path, (fresh ? "channel,start,end,incremental,standard_error,outcome\n" : "") + line);
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string? Row(CsvDataReader reader, int channel, int start, int end, int incremental, int error, int outcome, out LiftTest? test)
    {
        test = null;
        var name = reader.GetString(channel).Trim();
        if (name.Length == 0)
        {
            return "the channel is empty";
        }

        if (!FieldParser.TryDate(reader.GetString(start).Trim(), out var from) || !FieldParser.TryDate(reader.GetString(end).Trim(), out var to))
        {
            return $"start '{reader.GetString(start)}' and end '{reader.GetString(end)}' must be dates (YYYY-MM-DD)";
        }

        if (!FieldParser.TryDouble(reader.GetString(incremental), out var value))
        {
            return $"incremental '{reader.GetString(incremental)}' is not a number";
        }

        if (!FieldParser.TryDouble(reader.GetString(error), out var se))
        {
            return $"standard_error '{reader.GetString(error)}' is not a number";
        }

        var kind = outcome < 0 ? "" : reader.GetString(outcome).Trim().ToLowerInvariant();
        var parsed = MarketingOutcome.Orders;
        if (kind.Length > 0 && !MarketingOutcomeNames.TryParse(kind, out parsed))
        {
            return $"outcome '{kind}' must be orders or revenue";
        }

        var candidate = new LiftTest(name, from, to, value, se, parsed);
        if (candidate.Problem() is { } problem)
        {
            return problem;
        }

        test = candidate;
        return null;
    }
}
