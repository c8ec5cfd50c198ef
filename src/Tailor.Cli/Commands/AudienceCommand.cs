using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Customers;
using Tailor.Data.Csv;
using Tailor.Marketing;
using Tailor.Server.Apis;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor audience --channel C --cost X --budget B`: who to contact in a campaign, ranked by expected
/// incremental value, with why the list ends where it does and how well conversion was predicted.
/// </summary>
internal static class AudienceCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var channel = new Option<string>("--channel") { Description = "Channel of the campaign, as in the campaign sends (email, sms, ...).", Required = true };
        var cost = new Option<double>("--cost") { Description = "Cost of one contact in shop currency.", Required = true };
        var budget = new Option<double?>("--budget") { Description = "Most the contacts may cost in total; no limit when left out." };
        var offer = new Option<double?>("--offer-value") { Description = "Value of a conversion (the offer's order value); default each customer's expected order value." };
        var margin = new Option<double>("--margin") { Description = "Share of a conversion's value that is profit, in (0, 1].", DefaultValueFactory = _ => AudienceDefaults.Margin };
        var cap = new Option<int?>("--frequency-cap") { Description = "Most sends a customer may get in 30 days, this one included; default: none." };
        var maxContacts = new Option<int?>("--max-contacts") { Description = "Most customers to contact." };
        var hour = new Option<int>("--hour") { Description = "Local hour the campaign goes out (0-23), the next one after the data ends.", DefaultValueFactory = _ => 10 };
        var recommended = new Option<bool>("--recommended-times") { Description = "Score each customer at their recommended send time (tailor sendtime) instead of --hour." };
        var export = new Option<string?>("--export") { Description = "Write rank,customer,propensity,conversion_value,expected_value,send_at rows here." };
        var limit = new Option<int>("--limit") { Description = "Members listed in the output (all go to --export).", DefaultValueFactory = _ => 20 };
        var command = new Command("audience", "Who to contact in a campaign: expected incremental value per customer, consent, frequency cap and budget.")
        {
            channel, cost, budget, offer, margin, cap, maxContacts, hour, recommended, export, limit,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var h = parse.GetValue(hour);
            if (h is < 0 or > 23 || parse.GetValue(limit) < 0)
            {
                throw new CliException($"--hour must be 0-23 (was {h}) and --limit at least 0.");
            }

            var options = Options(parse.GetValue(channel)!, parse.GetValue(cost), parse.GetValue(budget), parse.GetValue(offer), parse.GetValue(margin),
                parse.GetValue(cap), parse.GetValue(maxContacts));
            var (data, zone) = MarketingInputs.Load(context);
            var sendAt = AudiencePlanner.DefaultSendTime(data, zone, h);
            var times = parse.GetValue(recommended)
                ? SendTimePlanner.Plan(data, new SendTimeOptions { TimeZone = zone }, null).SendTimes(sendAt.AddHours(-h))
                : null;
            var propensity = ResponsePropensity.Fit(data, new ResponsePropensityOptions());
            if (propensity.Model.For(options.Channel) is null)
            {
                throw new CliException($"There are no sends on channel '{options.Channel}'; channels with sends: {string.Join(", ", propensity.Model.Channels.Select(c => c.Channel))}.");
            }

            var report = AudiencePlanner.Plan(data, options, propensity, sendAt, times);
            if (parse.GetValue(export) is { } path)
            {
                Export(path, report, times, sendAt);
            }

            var plan = report.Plan;
            if (context.Json)
            {
                output.WriteJson(AudienceReports.Audience(report, times, 0, parse.GetValue(limit)));
                return ExitCodes.Ok;
            }

            output.Console.MarkupLineInterpolated(
                $"{plan.Members.Count:N0} of {plan.Candidates:N0} customers, cost {plan.TotalCost:N2}, expected {plan.ExpectedConversions:N1} conversions, revenue {plan.ExpectedRevenue:N2}, profit {plan.ExpectedProfit:N2}.");
            output.Console.MarkupLineInterpolated($"[bold]Cut-off ({plan.Cutoff}):[/] {plan.Explanation}");
            if (report.Propensity is { Model: { } model } p)
            {
                output.Console.MarkupLineInterpolated(
                    $"Conversion propensity ({report.Model}), measured on {p.TestSends:N0} later sends: AUC {model.Auc:F3} vs past rate {p.PastRate.Auc:F3}; log-loss {model.LogLoss:F4} vs {p.PastRate.LogLoss:F4}. Values: {report.ValueSource}.");
            }

            var table = new Table().AddColumn("rank").AddColumn("customer").AddColumn(new TableColumn("P(convert)").RightAligned())
                .AddColumn(new TableColumn("value").RightAligned()).AddColumn(new TableColumn("expected value").RightAligned());
            foreach (var m in plan.Members.Take(10))
            {
                table.AddRow(m.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(m.CustomerId), m.Propensity.ToString("P2", CultureInfo.InvariantCulture),
                    m.ConversionValue.ToString("N2", CultureInfo.InvariantCulture), m.ExpectedValue.ToString("N3", CultureInfo.InvariantCulture));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static AudienceOptions Options(string channel, double cost, double? budget, double? offer, double margin, int? cap, int? maxContacts)
    {
        if (!(cost >= 0) || !double.IsFinite(cost))
        {
            throw new CliException($"--cost must be a number of at least 0 (was {cost.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (budget is { } b && !(b >= 0))
        {
            throw new CliException($"--budget must be at least 0 (was {b.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (offer is { } o && !(o > 0))
        {
            throw new CliException($"--offer-value must be above 0 (was {o.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (!(margin is > 0 and <= 1))
        {
            throw new CliException($"--margin must be in (0, 1] (was {margin.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (cap is < 1)
        {
            throw new CliException($"--frequency-cap must be at least 1 (was {cap}).");
        }

        if (maxContacts is < 1)
        {
            throw new CliException($"--max-contacts must be at least 1 (was {maxContacts}).");
        }

        return new AudienceOptions
        {
            Channel = channel,
            CostPerContact = cost,
            Budget = budget,
            OfferValue = offer,
            Margin = margin,
            FrequencyCap = cap,
            MaxContacts = maxContacts,
        };
    }

    private static void Export(string path, AudienceReport report, IReadOnlyDictionary<string, DateTimeOffset>? times, DateTimeOffset sendAt)
    {
        using var writer = new StreamWriter(path);
        var csv = new CsvRecordWriter(writer);
        csv.Header(["rank", "customer", "propensity", "conversion_value", "expected_value", "send_at"]);
        foreach (var m in report.Plan.Members)
        {
            csv.Field(m.Rank);
            csv.Field(m.CustomerId);
            csv.Field(m.Propensity);
            csv.Field(m.ConversionValue);
            csv.Field(m.ExpectedValue);
            csv.Field(times is not null && times.TryGetValue(m.CustomerId, out var at) ? at : sendAt);
            csv.EndRow();
        }
    }
}
