using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Data.Csv;
using Tailor.Marketing;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor lift-tests list|import|remove`: the shop's stored lift tests (holdout and geo experiments),
/// which calibrate every fit of its response curves: `tailor allocate`, the API and the dashboard.
/// </summary>
internal static class LiftTestsCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output) =>
        new("lift-tests", "Stored experiments that measured a channel's incremental outcome; every fit of the response curves is calibrated with them.")
        {
            List(globals, output), Import(globals, output), Remove(globals, output),
        };

    private static Command List(GlobalOptions globals, CliOutput output)
    {
        var command = new Command("list", "The shop's stored lift tests.");
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            var tests = context.Store.ReadLiftTests(context.ShopId);
            if (context.Json)
            {
                output.WriteJson(new { liftTests = tests });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("channel", "start", "end", "incremental a day", "standard error", "outcome");
            foreach (var t in tests)
            {
                table.AddRow(
                    Markup.Escape(t.Channel), t.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    t.Incremental.ToString("N2", CultureInfo.InvariantCulture), t.StandardError.ToString("N2", CultureInfo.InvariantCulture), MarketingOutcomeNames.Name(t.Outcome));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Import(GlobalOptions globals, CliOutput output)
    {
        var file = new Argument<string>("file") { Description = $"CSV with columns {LiftTestFile.Columns}." };
        var command = new Command("import", "Store the file's lift tests; a test of the same channel and period is replaced. Nothing is stored when a row is bad.") { file };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            var tests = LiftTestFile.Read(parse.GetValue(file)!);
            foreach (var test in tests)
            {
                context.Store.SaveLiftTest(context.ShopId, test);
            }

            if (context.Json)
            {
                output.WriteJson(new { stored = tests.Count });
            }
            else
            {
                output.Console.MarkupLineInterpolated($"Stored {tests.Count} lift test(s); every fit of the response curves now uses them.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(GlobalOptions globals, CliOutput output)
    {
        var channel = new Option<string>("--channel") { Description = "The test's channel.", Required = true };
        var start = new Option<string>("--start") { Description = "The test's first day (YYYY-MM-DD).", Required = true };
        var end = new Option<string>("--end") { Description = "The test's last day (YYYY-MM-DD).", Required = true };
        var command = new Command("remove", "Delete a stored lift test.") { channel, start, end };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            if (!FieldParser.TryDate(parse.GetValue(start)!, out var from) || !FieldParser.TryDate(parse.GetValue(end)!, out var to))
            {
                throw new CliException("--start and --end must be dates (YYYY-MM-DD).");
            }

            var name = parse.GetValue(channel)!;
            if (!context.Store.DeleteLiftTest(context.ShopId, name, from, to))
            {
                throw new CliException($"The shop has no lift test of '{name}' from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}.");
            }

            output.Console.MarkupLineInterpolated($"Removed the lift test of {name} from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
