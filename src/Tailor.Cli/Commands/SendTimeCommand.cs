using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Data.Csv;
using Tailor.Marketing;
using Tailor.Server.Apis;

namespace Tailor.Cli.Commands;

/// <summary>`tailor sendtime`: channel and send time per customer, and the frequency cap fatigue suggests.</summary>
internal static class SendTimeCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var export = new Option<string?>("--export") { Description = "Write customer,channel,day,hour,expected_rate,best_hour,best_rate,evidence,sends,segment,next_send_at rows here." };
        var grid = new Option<string>("--grid") { Description = "auto (hour of the week when the data allows), hour-of-day or hour-of-week.", DefaultValueFactory = _ => "auto" };
        grid.AcceptOnlyFromAmong("auto", "hour-of-day", "hour-of-week");
        var greedy = new Option<bool>("--no-explore") { Description = "Recommend each customer's best hour instead of a Thompson draw." };
        var first = new Option<int>("--first-hour") { Description = "Earliest local hour to send.", DefaultValueFactory = _ => SendTimeDefaults.FirstHour };
        var last = new Option<int>("--last-hour") { Description = "Latest local hour to send.", DefaultValueFactory = _ => SendTimeDefaults.LastHour };
        var limit = new Option<int>("--limit") { Description = "Recommendations listed in the output (all go to --export).", DefaultValueFactory = _ => 20 };
        var command = new Command("sendtime", "Channel and send time per customer (Thompson sampling with segment priors) and a frequency cap from fatigue.")
        {
            export, grid, greedy, first, last, limit,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            int firstHour = parse.GetValue(first), lastHour = parse.GetValue(last);
            if (firstHour is < 0 or > 23 || lastHour is < 0 or > 23 || lastHour < firstHour)
            {
                throw new CliException($"--first-hour and --last-hour must be hours 0-23 with the first not after the last (were {firstHour} and {lastHour}).");
            }

            var (data, zone) = MarketingInputs.Load(context);
            var plan = SendTimePlanner.Plan(
                data,
                new SendTimeOptions { Grid = Grid(parse.GetValue(grid)), Explore = !parse.GetValue(greedy), FirstHour = firstHour, LastHour = lastHour, TimeZone = zone },
                null);
            var from = AudiencePlanner.DefaultSendTime(data, zone, 0);
            if (parse.GetValue(export) is { } path)
            {
                Export(path, plan, from, zone);
            }

            if (context.Json)
            {
                output.WriteJson(AudienceReports.SendTimes(plan, from, 0, Math.Max(0, parse.GetValue(limit)), null));
                return ExitCodes.Ok;
            }

            var ci = CultureInfo.InvariantCulture;
            output.Console.MarkupLineInterpolated($"Grid: {plan.GridReason}.");
            output.Console.MarkupLineInterpolated(
                $"{plan.Recommendations.Count:N0} customers with consent ({plan.WithoutConsent:N0} without); best hour over everyone {plan.GlobalBestHour}:00 ({plan.GlobalBestRate:P1}).");
            var cap = plan.Fatigue.RecommendedCap is { } c ? c.ToString(ci) + $" sends in {plan.Fatigue.WindowDays} days" : "none";
            output.Console.MarkupLineInterpolated($"[bold]Frequency cap: {cap}.[/] {plan.Fatigue.Reason}");
            var segments = new Table().Title("Segment priors").AddColumn("segment").AddColumn(new TableColumn("customers").RightAligned())
                .AddColumn(new TableColumn("sends").RightAligned()).AddColumn(new TableColumn("best hour").RightAligned()).AddColumn(new TableColumn("rate").RightAligned());
            foreach (var s in plan.Segments)
            {
                segments.AddRow(Markup.Escape(s.Name + (s.UsesGlobalPrior ? " (global prior)" : "")), s.Customers.ToString("N0", ci), s.Sends.ToString("N0", ci),
                    $"{s.BestHour}:00", s.BestRate.ToString("P1", ci));
            }

            output.Console.Write(segments);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static SendTimeGrid Grid(string? name) => name switch
    {
        "hour-of-day" => SendTimeGrid.HourOfDay,
        "hour-of-week" => SendTimeGrid.HourOfWeek,
        _ => SendTimeGrid.Auto,
    };

    private static void Export(string path, SendTimePlan plan, DateTimeOffset from, TimeZoneInfo zone)
    {
        using var writer = new StreamWriter(path);
        var csv = new CsvRecordWriter(writer);
        csv.Header(["customer", "channel", "day", "hour", "expected_rate", "best_hour", "best_rate", "evidence", "sends", "segment", "next_send_at"]);
        foreach (var r in plan.Recommendations)
        {
            csv.Field(r.CustomerId);
            csv.Field(r.Channel);
            csv.Field(r.Day?.ToString());
            csv.Field(r.Hour);
            csv.Field(r.ExpectedRate);
            csv.Field(r.BestHour);
            csv.Field(r.BestRate);
            csv.Field(r.Evidence.ToString().ToLowerInvariant());
            csv.Field(r.Sends);
            csv.Field(r.Segment);
            csv.Field(SendTimePlan.Next(from, zone, r.Day, r.Hour));
            csv.EndRow();
        }
    }
}
