using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Data.Csv;
using Tailor.Operations;

namespace Tailor.Cli.Commands;

/// <summary>`tailor inventory`: the suggested purchase list, from each stocked product's demand forecast.</summary>
internal static class InventoryCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var serviceLevel = new Option<double>("--service-level") { Description = "Chance of no stock-out between deliveries.", DefaultValueFactory = _ => PurchaseDefaults.ServiceLevel };
        var leadTime = new Option<int>("--lead-time-days") { Description = "Days from ordering to having the goods.", DefaultValueFactory = _ => PurchaseDefaults.LeadTimeDays };
        var review = new Option<int>("--review-days") { Description = "Days between purchase reviews.", DefaultValueFactory = _ => PurchaseDefaults.ReviewPeriodDays };
        var orderingCost = new Option<double>("--ordering-cost") { Description = "Cost of ordering one item (for the EOQ).", DefaultValueFactory = _ => PurchaseDefaults.OrderingCost };
        var holdingRate = new Option<double>("--holding-rate") { Description = "Yearly holding cost as a share of unit cost.", DefaultValueFactory = _ => PurchaseDefaults.AnnualHoldingRate };
        var salvage = new Option<double>("--salvage") { Description = "Share of cost recovered from a perishable unit left over.", DefaultValueFactory = _ => PurchaseDefaults.SalvageShare };
        var export = new Option<string?>("--export") { Description = "Write the lines to order as CSV." };
        var command = new Command("inventory", "Suggested purchase list: what to order, how much, why, at what cost and stock-out risk.")
        {
            serviceLevel, leadTime, review, orderingCost, holdingRate, salvage, export,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var options = new PurchaseOptions
            {
                ServiceLevel = parse.GetValue(serviceLevel),
                LeadTimeDays = parse.GetValue(leadTime),
                ReviewPeriodDays = parse.GetValue(review),
                OrderingCost = parse.GetValue(orderingCost),
                AnnualHoldingRate = parse.GetValue(holdingRate),
                SalvageShare = parse.GetValue(salvage),
            };
            options.Validate();
            context.RequireShop(createIfMissing: false);
            var demand = ShopDemand.Read(context.Store, context.ShopId);
            if (demand.History.Days == 0)
            {
                throw new CliException($"Shop '{context.ShopId}' has no orders to plan from.");
            }

            var list = WithProgress(output, demand, options);
            var lines = list.ToOrder.ToList();
            if (parse.GetValue(export) is { } path)
            {
                using var writer = new StreamWriter(path);
                var csv = new CsvRecordWriter(writer);
                csv.Header(["item", "title", "quantity", "why", "cost", "risk_before", "risk_after", "on_hand", "reorder_point", "order_up_to", "safety_stock", "eoq", "rule"]);
                foreach (var s in lines)
                {
                    csv.Field(s.ItemId);
                    csv.Field(s.Title);
                    csv.Field(s.Quantity);
                    csv.Field(s.Why);
                    csv.Field(s.Cost);
                    csv.Field(s.RiskBefore);
                    csv.Field(s.RiskAfter);
                    csv.Field(s.OnHand);
                    csv.Field(s.ReorderPoint);
                    csv.Field(s.OrderUpTo);
                    csv.Field(s.SafetyStock);
                    csv.Field(s.EconomicOrderQuantity);
                    csv.Field(s.Rule == PurchaseRule.Newsvendor ? "newsvendor" : "reorder-point");
                    csv.EndRow();
                }
            }

            if (context.Json)
            {
                output.WriteJson(new
                {
                    asOf = list.AsOf,
                    serviceLevel = options.ServiceLevel,
                    leadTimeDays = options.LeadTimeDays,
                    reviewPeriodDays = options.ReviewPeriodDays,
                    itemsReviewed = list.Suggestions.Count,
                    itemsWithoutStock = list.ItemsWithoutStock,
                    totalCost = Math.Round(list.TotalCost, 2),
                    lines = lines.Select(Json),
                });
                return ExitCodes.Ok;
            }

            output.Console.MarkupLineInterpolated(
                $"Purchase list for {list.AsOf:yyyy-MM-dd}: {lines.Count:N0} of {list.Suggestions.Count:N0} stocked products to order, {list.TotalCost:N2} {demand.Shop.Currency} at cost ({Percent(options.ServiceLevel, "0.#")} service, {options.LeadTimeDays}-day lead time, review every {options.ReviewPeriodDays} days).");
            if (list.ItemsWithoutStock > 0)
            {
                output.Console.MarkupLineInterpolated($"[yellow]{list.ItemsWithoutStock:N0} products have no stock figure and were not planned; import their stock to include them.[/]");
            }

            var table = new Table().AddColumn("item").AddColumn(new TableColumn("qty").RightAligned()).AddColumn(new TableColumn("cost").RightAligned())
                .AddColumn(new TableColumn("risk now").RightAligned()).AddColumn(new TableColumn("after").RightAligned()).AddColumn("why");
            foreach (var s in lines.Take(30))
            {
                table.AddRow(Markup.Escape(s.ItemId), s.Quantity.ToString(CultureInfo.InvariantCulture), s.Cost?.ToString("N2", CultureInfo.InvariantCulture) ?? "",
                    Percent(s.RiskBefore, "0"), Percent(s.RiskAfter, "0.0"), Markup.Escape(s.Why));
            }

            output.Console.Write(table);
            if (lines.Count > 30)
            {
                output.Console.MarkupLineInterpolated($"... and {lines.Count - 30:N0} more lines (use --export FILE or --json).");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The JSON of one purchase line, with the same field names as the API's.</summary>
    internal static object Json(PurchaseSuggestion s) => new
    {
        item = s.ItemId,
        title = s.Title,
        quantity = s.Quantity,
        why = s.Why,
        cost = s.Cost is { } c ? Math.Round(c, 2) : (double?)null,
        riskBefore = Math.Round(s.RiskBefore, 4),
        riskAfter = Math.Round(s.RiskAfter, 4),
        onHand = s.OnHand,
        dailyDemand = Math.Round(s.DailyDemand, 4),
        safetyStock = Math.Round(s.SafetyStock, 2),
        reorderPoint = s.ReorderPoint,
        orderUpTo = s.OrderUpTo,
        eoq = s.EconomicOrderQuantity is { } q ? Math.Round(q, 1) : (double?)null,
        rule = s.Rule,
    };

    private static string Percent(double share, string format) => (share * 100).ToString(format, CultureInfo.InvariantCulture) + "%";

    private static PurchaseList WithProgress(CliOutput output, ShopDemand demand, PurchaseOptions options)
    {
        if (!output.CanShowProgress)
        {
            return PurchaseListBuilder.Build(demand.History, demand.Items, options);
        }

        PurchaseList? list = null;
        output.Console.Progress().Start(progress =>
        {
            var task = progress.AddTask("Forecasting items", maxValue: Math.Max(1, demand.History.Items.Count));
            list = PurchaseListBuilder.Build(demand.History, demand.Items, options, progress: new Progress<int>(done => task.Value = done));
        });
        return list!;
    }
}
