using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Tailor.Cli.Commands;

/// <summary>`tailor stats`: what the shop holds.</summary>
internal static class StatsCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var command = new Command("stats", "Show how many customers, items, orders, events and campaigns the shop holds.");
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var shop = context.RequireShop(createIfMissing: false);
            var stats = context.Store.GetStats(shop.Id);
            if (context.Json)
            {
                output.WriteJson(new
                {
                    shop = shop.Id,
                    currency = shop.Currency,
                    stats.Customers,
                    stats.Items,
                    stats.Orders,
                    stats.OrderLines,
                    stats.Events,
                    stats.SpendRows,
                    stats.Campaigns,
                    stats.CampaignSends,
                    stats.Revenue,
                    stats.FirstOrderAt,
                    stats.LastOrderAt,
                });
                return ExitCodes.Ok;
            }

            var table = new Table().Title($"Shop {Markup.Escape(shop.Name)} ({Markup.Escape(shop.Id)})")
                .AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
            void Row(string what, long count) => table.AddRow(what, count.ToString("N0", CultureInfo.InvariantCulture));
            Row("customers", stats.Customers);
            Row("items", stats.Items);
            Row("orders", stats.Orders);
            Row("order lines", stats.OrderLines);
            Row("events", stats.Events);
            Row("marketing spend rows (channel x day)", stats.SpendRows);
            Row("campaigns", stats.Campaigns);
            Row("campaign sends", stats.CampaignSends);
            table.AddRow("revenue", $"{stats.Revenue.ToString("N2", CultureInfo.InvariantCulture)} {shop.Currency}");
            table.AddRow("orders from", stats.FirstOrderAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
            table.AddRow("orders to", stats.LastOrderAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
            output.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
