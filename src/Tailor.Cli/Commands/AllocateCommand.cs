using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Sylvan.Data.Csv;
using Tailor.Data.Csv;
using Tailor.Marketing;
using Tailor.Server.Apis;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor allocate --budget B [--scenario max-response|target-roas --target R]`: fits each channel's
/// response curve from the shop's spend and orders, then splits the budget over the channels.
/// </summary>
internal static class AllocateCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var budget = new Option<double>("--budget") { Description = "Money to allocate over the horizon.", Required = true };
        var scenario = new Option<string>("--scenario") { Description = "max-response (most revenue for the budget), target-roas (spend until marginal ROAS falls to --target) or max-profit (target ROAS = 1 / margin).", DefaultValueFactory = _ => "max-response" };
        scenario.AcceptOnlyFromAmong([.. MarketingReports.Scenarios.Keys]);
        var target = new Option<double?>("--target") { Description = "With target-roas: the marginal ROAS (revenue per unit of spend) at which to stop." };
        var margin = new Option<double?>("--margin") { Description = "Gross margin share of revenue (0-1); default: from the catalogue's item costs." };
        var horizon = new Option<int>("--horizon-days") { Description = "Days the budget covers.", DefaultValueFactory = _ => AllocationDefaults.HorizonDays };
        var minimum = new Option<string[]>("--min") { Description = "Smallest spend of a channel over the horizon: channel=amount or channel=percent% of its historical spend. Repeatable." };
        var maximum = new Option<string[]>("--max") { Description = "Largest spend of a channel over the horizon, as --min. Repeatable." };
        var maxChange = new Option<double?>("--max-change") { Description = "Keep every channel within this share of its historical spend, such as 0.5 for +-50%." };
        var reach = new Option<double>("--max-extrapolation") { Description = "Cap each channel at this multiple of its highest weekly spend seen (0 for no cap).", DefaultValueFactory = _ => AllocationDefaults.MaxExtrapolation };
        var outcome = new Option<string>("--outcome") { Description = "What the curves explain: orders or revenue.", DefaultValueFactory = _ => "orders" };
        outcome.AcceptOnlyFromAmong("orders", "revenue");
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap refits for the intervals (0 for none).", DefaultValueFactory = _ => ResponseCurveDefaults.BootstrapReplicates };
        var seed = new Option<int>("--seed") { Description = "Seed of the optimizer starts and the bootstrap.", DefaultValueFactory = _ => ResponseCurveDefaults.Seed };
        var events = new Option<string?>("--events") { Description = "CSV with columns date,name: the shop's sales, launches and other special days." };
        var liftTests = new Option<string?>("--lift-tests")
        {
            Description = $"CSV with columns {LiftTestFile.Columns}: holdout or geo experiments that measured a channel's incremental outcome a day; the curves are calibrated to them.",
        };
        var noCalendar = new Option<bool>("--no-retail-calendar") { Description = "Leave out the built-in retail calendar (Black Friday, Christmas, ...)." };
        var noHold = new Option<bool>("--no-hold") { Description = "Also move channels whose curve the data cannot identify (default: they keep their historical share of the spend)." };
        var segmentBy = new Option<string?>("--segment-by") { Description = "Also fit curves per segment: customer-type (new/returning) or country." };
        segmentBy.AcceptOnlyFromAmong("customer-type", "country");
        var command = new Command("allocate", "Fit channel response curves and split a marketing budget over the channels.")
        {
            budget, scenario, target, margin, horizon, minimum, maximum, maxChange, reach, outcome, bootstrap, seed, events, liftTests, noCalendar, noHold, segmentBy,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            var clock = Stopwatch.StartNew();
            var scenarioValue = MarketingReports.Scenarios[parse.GetValue(scenario)!];
            if (scenarioValue == AllocationScenario.TargetRoas && parse.GetValue(target) is null)
            {
                throw new CliException("--scenario target-roas needs --target R, the marginal ROAS at which to stop spending.");
            }

            var minimums = Limits(parse.GetValue(minimum), "--min");
            var maximums = Limits(parse.GetValue(maximum), "--max");
            var request = new ShopCurveRequest
            {
                Outcome = parse.GetValue(outcome) == "revenue" ? MarketingOutcome.Revenue : MarketingOutcome.Orders,
                RetailCalendar = !parse.GetValue(noCalendar),
                Events = parse.GetValue(events) is { } file ? ReadEvents(file) : null,
                LiftTests = parse.GetValue(liftTests) is { } tests ? LiftTestFile.Read(tests) : null,
                Fit = new ResponseCurveOptions { BootstrapReplicates = parse.GetValue(bootstrap), Seed = parse.GetValue(seed) },
            };
            var model = ShopResponseCurves.Fit(context.Store, context.ShopId, request);
            var segments = parse.GetValue(segmentBy) is { } by
                ? ShopResponseCurves.FitSegments(context.Store, context.ShopId, by == "country" ? SegmentBy.Country : SegmentBy.CustomerType, request)
                : null;
            var marginValue = parse.GetValue(margin) ?? ShopResponseCurves.Margin(context.Store, context.ShopId);
            if (scenarioValue == AllocationScenario.MaxProfit && marginValue is null)
            {
                throw new CliException("--scenario max-profit needs --margin: the catalogue has no item costs to derive it from.");
            }

            var plan = BudgetPlanner.Plan(model, new AllocationOptions
            {
                Budget = parse.GetValue(budget),
                Scenario = scenarioValue,
                TargetRoas = scenarioValue == AllocationScenario.TargetRoas ? parse.GetValue(target) : null,
                Margin = marginValue,
                HorizonDays = parse.GetValue(horizon),
                Minimums = minimums,
                Maximums = maximums,
                MaxChange = parse.GetValue(maxChange),
                MaxExtrapolation = parse.GetValue(reach) is var r && r == 0 ? null : r,
                HoldUnidentified = !parse.GetValue(noHold),
            });
            var report = MarketingReports.Allocation(plan, marginValue, model, segments);
            if (context.Json)
            {
                output.WriteJson(report);
            }
            else
            {
                Print(output, report, clock.Elapsed);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static List<SpendLimit> Limits(string[]? texts, string option)
    {
        var limits = new List<SpendLimit>();
        foreach (var text in texts ?? [])
        {
            try
            {
                limits.Add(SpendLimit.Parse(text));
            }
            catch (FormatException e)
            {
                throw new CliException($"{option}: {e.Message}");
            }
        }

        return limits;
    }

    private static Dictionary<DateOnly, string> ReadEvents(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"File '{path}' does not exist.");
        }

        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Comment = '\0' });
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim().ToLowerInvariant()).ToList();
        int date = names.IndexOf("date"), name = names.IndexOf("name");
        if (date < 0 || name < 0)
        {
            throw new CliException($"File '{path}' needs the columns date,name; its header is {string.Join(",", names)}.");
        }

        var events = new Dictionary<DateOnly, string>();
        while (reader.Read())
        {
            var line = reader.RowNumber + 1;
            if (!FieldParser.TryDate(reader.GetString(date).Trim(), out var day))
            {
                throw new CliException($"{path}: line {line}: date '{reader.GetString(date)}' is not YYYY-MM-DD.");
            }

            var label = reader.GetString(name).Trim();
            if (label.Length == 0)
            {
                throw new CliException($"{path}: line {line}: the event has no name.");
            }

            events[day] = label;
        }

        return events;
    }

    private static void Print(CliOutput output, MarketingReports.AllocationReport report, TimeSpan elapsed)
    {
        var console = output.Console;
        var fit = report.Fit;
        console.MarkupLineInterpolated(
            $"Curves fitted on {fit.Start:yyyy-MM-dd}..{fit.End:yyyy-MM-dd} ({fit.Outcome}, {fit.BootstrapReplicates} bootstrap refits, {fit.ExplainedDeviance:P0} of deviance explained, dispersion {fit.Dispersion:F1}) in {elapsed.TotalSeconds:F1} s.");
        console.MarkupLineInterpolated(
            $"{report.Scenario}: {report.RecommendedSpend:N0} of {report.Budget:N0} over {report.HorizonDays} days ({report.Method}); marginal ROAS {report.MarginalRoas:F2}.");
        var table = new Table()
            .AddColumn("channel").AddColumn(new TableColumn("current").RightAligned()).AddColumn(new TableColumn("recommended").RightAligned())
            .AddColumn(new TableColumn("expected revenue (interval)").RightAligned()).AddColumn(new TableColumn("ROAS").RightAligned())
            .AddColumn(new TableColumn("marginal ROAS").RightAligned()).AddColumn("note");
        foreach (var c in report.Channels)
        {
            table.AddRow(
                Markup.Escape(c.Channel), Money(c.CurrentSpend), Money(c.RecommendedSpend),
                $"{Money(c.ExpectedRevenue.Value)} ({Money(c.ExpectedRevenue.Lower)}-{Money(c.ExpectedRevenue.Upper)})",
                c.Roas is null ? "-" : c.Roas.Value.ToString("F2", CultureInfo.InvariantCulture),
                c.MarginalRoas is null ? "-" : c.MarginalRoas.Value.ToString("F2", CultureInfo.InvariantCulture),
                c.Held ? "held: not identified" : c.Identified ? "" : "not identified");
        }

        console.Write(table);
        console.MarkupLineInterpolated(
            $"Expected incremental {fit.Outcome}: {report.ExpectedResponse.Value:N1} ({report.ExpectedResponse.Lower:N1}-{report.ExpectedResponse.Upper:N1}) against {report.CurrentResponse.Value:N1} at current spend.");
        if (report.ExpectedProfit is { } profit)
        {
            console.MarkupLineInterpolated($"Expected profit at margin {report.Margin:P0}: {profit.Value:N0} ({profit.Lower:N0} to {profit.Upper:N0}).");
        }

        foreach (var lift in fit.LiftTests)
        {
            console.MarkupLineInterpolated(
                $"Lift test of {lift.Channel} ({lift.Start:yyyy-MM-dd}..{lift.End:yyyy-MM-dd}): measured {lift.Incremental:N1} ± {lift.StandardError:N1} {lift.Outcome} a day, the curves say {lift.Fitted:N1} ({lift.Deviation:+0.0;-0.0} standard errors).");
        }

        foreach (var warning in report.Warnings.Concat(fit.Warnings))
        {
            console.MarkupLineInterpolated($"[yellow]{warning}[/]");
        }

        foreach (var curve in report.Curves.Where(c => c.Warnings.Count > 0))
        {
            console.MarkupLineInterpolated($"[yellow]{curve.Channel}[/]: {string.Join(" ", curve.Warnings)}");
        }

        foreach (var segment in report.Segments ?? [])
        {
            var line = segment.Channels is null
                ? segment.Warning ?? ""
                : string.Join(", ", segment.Channels.Select(c => $"{c.Channel} {c.DailyResponse.Value:F1}/day"));
            console.MarkupLineInterpolated($"segment [bold]{segment.Segment}[/] ({segment.MeanDailyOrders:F1} orders a day): {line}");
        }
    }

    private static string Money(double amount) => amount.ToString("N0", CultureInfo.InvariantCulture);
}
