using System.CommandLine;
using Spectre.Console;

namespace Tailor.Cli.Commands;

/// <summary>`tailor export KIND FILE`.</summary>
internal static class ExportCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var kind = DataKindArgument.Create();
        var file = new Argument<string>("file") { Description = "CSV file to write (.gz to compress)." };
        var command = new Command("export", "Export a kind of data to CSV in the layout import reads.") { kind, file };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            var path = parse.GetValue(file)!;
            var rows = new Data.Csv.CsvExporter(context.Store).Export(context.ShopId, DataKindArgument.Parse(parse.GetValue(kind)!), path);
            if (context.Json)
            {
                output.WriteJson(new { kind = parse.GetValue(kind), file = path, rows });
            }
            else
            {
                output.Console.MarkupLineInterpolated($"Wrote {rows:N0} rows to {path}.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
