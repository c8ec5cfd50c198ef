using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Data;
using Tailor.Data.Csv;
using Tailor.Marketing;

namespace Tailor.Cli.Commands;

/// <summary>`tailor content`: where new content pays most, from engagement per category and segment against the content available.</summary>
internal static class ContentCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var window = new Option<int>("--window-days") { Description = "Days of activity, up to the latest event, to measure.", DefaultValueFactory = _ => ContentPlanDefaults.WindowDays };
        var export = new Option<string?>("--export") { Description = "Write one row per category (rank, items, views, views per piece a month, value of a new piece) here." };
        var command = new Command("content", "Where new content pays most: engagement per category and segment against the content available.") { window, export };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            var days = parse.GetValue(window);
            if (days is < 7 or > 3650)
            {
                throw new CliException($"--window-days must be 7 to 3650 (was {days}).");
            }

            var plan = ContentPlanner.Plan(context.Store.ReadShopData(context.ShopId), new ContentPlanOptions { WindowDays = days }, null);
            if (parse.GetValue(export) is { } path)
            {
                using var writer = new StreamWriter(path);
                var csv = new CsvRecordWriter(writer);
                csv.Header(["rank", "category", "items", "views", "readers", "views_per_item_month", "product_interest_share", "content_share", "revenue_per_view",
                    "expected_views_of_new_item", "expected_value_of_new_item"]);
                foreach (var o in plan.Opportunities)
                {
                    csv.Field(o.Rank);
                    csv.Field(o.Category);
                    csv.Field(o.Items);
                    csv.Field(o.Views);
                    csv.Field(o.Readers);
                    csv.Field(o.ViewsPerItemMonth);
                    csv.Field(o.ProductInterestShare);
                    csv.Field(o.ContentShare);
                    csv.Field(o.RevenuePerView);
                    csv.Field(o.ExpectedViewsOfNewItem);
                    csv.Field(o.ExpectedValueOfNewItem);
                    csv.EndRow();
                }
            }

            if (context.Json)
            {
                output.WriteJson(plan);
                return ExitCodes.Ok;
            }

            var ci = CultureInfo.InvariantCulture;
            output.Console.MarkupLineInterpolated($"{plan.Summary}");
            var table = new Table().AddColumn("#").AddColumn("category").AddColumn(new TableColumn("pieces").RightAligned())
                .AddColumn(new TableColumn("views/piece/month").RightAligned()).AddColumn(new TableColumn("interest").RightAligned())
                .AddColumn(new TableColumn("new piece/month").RightAligned());
            foreach (var o in plan.Opportunities)
            {
                table.AddRow(o.Rank.ToString(ci), Markup.Escape(o.Category), o.Items.ToString(ci), o.ViewsPerItemMonth.ToString("N1", ci),
                    o.ProductInterestShare.ToString("P0", ci), o.ExpectedValueOfNewItem.ToString("N2", ci));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
