using System.CommandLine;
using Spectre.Console;
using Tailor.Data.Csv;

namespace Tailor.Cli.Commands;

/// <summary>`tailor import KIND FILE [--format F]`.</summary>
internal static class ImportCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var kind = DataKindArgument.Create();
        var file = new Argument<string>("file") { Description = "CSV file: comma or tab separated, UTF-8, plain or .gz." };
        var format = new Option<string>("--format")
        {
            Description = "File layout: tailor (docs/data-formats.md) or online-retail (UCI Online Retail).",
            DefaultValueFactory = _ => "tailor",
        };
        format.AcceptOnlyFromAmong("tailor", "online-retail");
        var command = new Command("import", "Import a CSV file; bad rows are reported, good rows are kept.")
        {
            kind, file, format,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var importFormat = parse.GetValue(format) == "online-retail" ? ImportFormat.OnlineRetail : ImportFormat.Tailor;
            context.RequireShop(createIfMissing: true);
            var importer = new CsvImporter(context.Store);
            var report = Run(context, importer, DataKindArgument.Parse(parse.GetValue(kind)!), parse.GetValue(file)!,
                importFormat);
            if (context.Json)
            {
                output.WriteJson(ImportReportJson.From(report));
            }
            else
            {
                Render(output.Console, report);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ImportReport Run(CommandContext context, CsvImporter importer, Data.DataKind kind, string path,
        ImportFormat format)
    {
        if (!context.Output.CanShowProgress || context.Json)
        {
            return importer.Import(context.ShopId, kind, path, format);
        }

        ImportReport? report = null;
        context.Output.Console.Progress().Start(progress =>
        {
            var task = progress.AddTask($"Importing {Path.GetFileName(path)}", maxValue: 1);
            report = importer.Import(context.ShopId, kind, path, format,
                new Progress<ImportProgress>(p => task.Value = p.TotalBytes == 0 ? 1 : (double)p.BytesRead / p.TotalBytes));
            task.Value = 1;
        });
        return report!;
    }

    private static void Render(IAnsiConsole console, ImportReport report)
    {
        var table = new Table().AddColumn("read").AddColumn("accepted").AddColumn("rejected").AddColumn("changed rows")
            .AddColumn("seconds");
        table.AddRow($"{report.Read:N0}", $"{report.Accepted:N0}", $"{report.Rejected:N0}", $"{report.Changes:N0}",
            $"{report.Elapsed.TotalSeconds:F2}");
        console.Write(table);
        if (report.Placeholders.Customers + report.Placeholders.Items > 0)
        {
            console.MarkupLineInterpolated(
                $"Created {report.Placeholders.Customers:N0} customers and {report.Placeholders.Items:N0} items that rows referred to.");
        }

        if (report.IgnoredColumns.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Ignored columns:[/] {string.Join(", ", report.IgnoredColumns)}");
        }

        if (report.Errors.Count == 0)
        {
            return;
        }

        var errors = new Table().Title("Rejected rows").AddColumn("line").AddColumn("column").AddColumn("reason");
        foreach (var error in report.Errors.Take(20))
        {
            errors.AddRow(error.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(error.Column),
                Markup.Escape(error.Reason));
        }

        console.Write(errors);
        if (report.Rejected > 20)
        {
            console.MarkupLineInterpolated($"... and {report.Rejected - 20:N0} more; --json lists up to {ImportReport.MaxErrors:N0}.");
        }
    }
}
