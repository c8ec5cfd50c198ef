using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Data.Csv;
using Tailor.Experiments;
using Tailor.Marketing;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor experiment create|assign|outcome|report|list|stop|from-campaign|lift-test`: A/B/n tests and bandits. Assignment is
/// by hash of key and customer, so the CLI, the API and any other caller agree on every variant.
/// </summary>
internal static class ExperimentCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output) =>
        new("experiment", "A/B/n experiments and bandits: create, assign customers, record outcomes, report.")
        {
            CreateVerb(globals, output), Assign(globals, output), Outcome(globals, output), Report(globals, output), List(globals, output),
            Stop(globals, output), FromCampaign(globals, output), LiftTestVerb(globals, output),
        };

    private static Option<string> Key() => new("--key") { Description = "The experiment's key, such as homepage-recs.", Required = true };

    private static Option<string> Customer() => new("--customer") { Description = "Customer id (or anonymous session id).", Required = true };

    private static Command CreateVerb(GlobalOptions globals, CliOutput output)
    {
        var key = Key();
        var variants = new Option<string>("--variants") { Description = "Variants with weights, control first: A:50,B:50 (any arm: a strategy, a subject line, a send time).", Required = true };
        var metric = new Option<string>("--metric") { Description = "conversion (binary) or revenue (sum of values).", DefaultValueFactory = _ => "conversion" };
        metric.AcceptOnlyFromAmong("conversion", "revenue");
        var bandit = new Option<bool>("--bandit") { Description = "Thompson sampling: shift traffic towards the variants likely to be best (hourly)." };
        var source = new Option<string>("--source")
        {
            Description = "logged: outcomes recorded with 'tailor experiment outcome'; orders: the customers' orders after exposure.",
            DefaultValueFactory = _ => "logged",
        };
        source.AcceptOnlyFromAmong("logged", "orders");
        var window = new Option<double?>("--window-hours") { Description = "Count outcomes only this many hours after the first exposure." };
        var command = new Command("create", "Create a running experiment.") { key, variants, metric, bandit, source, window };
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            var shop = context.RequireShop(createIfMissing: true);
            var spec = new ExperimentSpec(parse.GetValue(key)!, ExperimentVariant.ParseList(parse.GetValue(variants)!),
                Enum.Parse<ExperimentMetric>(parse.GetValue(metric)!, ignoreCase: true), parse.GetValue(bandit),
                Enum.Parse<OutcomeSource>(parse.GetValue(source)!, ignoreCase: true), parse.GetValue(window));
            var experiment = service.Create(shop.Id, spec, DateTimeOffset.UtcNow);
            if (context.Json)
            {
                output.WriteJson(experiment);
            }
            else
            {
                output.Console.MarkupLineInterpolated(
                    $"Experiment '{experiment.Key}' is running: {string.Join(", ", experiment.Variants.Select((v, i) => $"{v.Name} {experiment.Weights[i]:0%}"))}; metric {Word(experiment.Metric)} from {Word(experiment.Source)} outcomes{(experiment.Bandit ? ", bandit" : "")}.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Assign(GlobalOptions globals, CliOutput output)
    {
        var key = Key();
        var customer = Customer();
        var command = new Command("assign", "Print the customer's variant; the first call logs their exposure.") { key, customer };
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            var assignment = service.Assign(context.ShopId, parse.GetValue(key)!, parse.GetValue(customer)!, DateTimeOffset.UtcNow);
            if (context.Json)
            {
                output.WriteJson(assignment);
            }
            else
            {
                // The variant alone on stdout, so scripts can capture it.
                output.Out.WriteLine(assignment.Variant);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Outcome(GlobalOptions globals, CliOutput output)
    {
        var key = Key();
        var customer = Customer();
        var value = new Option<double>("--value") { Description = "1 for a conversion; the amount for revenue.", DefaultValueFactory = _ => 1 };
        var at = new Option<string?>("--at") { Description = "When it happened (ISO 8601); now when omitted." };
        var idempotency = new Option<string?>("--idempotency-key") { Description = "A key that makes a repeated outcome a no-op." };
        var command = new Command("outcome", "Record an outcome (conversion or revenue) of an exposed customer.") { key, customer, value, at, idempotency };
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            var when = DateTimeOffset.UtcNow;
            if (parse.GetValue(at) is { } text && !FieldParser.TryTimestamp(text, TimeZoneInfo.Utc, out when))
            {
                throw new CliException($"--at '{text}' is not a timestamp (ISO 8601, such as 2025-06-01T14:30:00Z).");
            }

            var recorded = service.RecordOutcome(context.ShopId, parse.GetValue(key)!, parse.GetValue(customer)!, parse.GetValue(value), when,
                parse.GetValue(idempotency));
            if (context.Json)
            {
                output.WriteJson(new { experiment = parse.GetValue(key), customer = parse.GetValue(customer), value = parse.GetValue(value), occurredAt = when, recorded });
            }
            else
            {
                output.Console.MarkupLine(recorded ? "Recorded." : "[grey]Already recorded (same idempotency key).[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Report(GlobalOptions globals, CliOutput output)
    {
        var key = Key();
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of the intervals; alpha = 1 - confidence.", DefaultValueFactory = _ => ExperimentDefaults.Confidence };
        var correction = new Option<string>("--correction") { Description = "Across treatments: holm, bh (Benjamini-Hochberg) or none.", DefaultValueFactory = _ => "holm" };
        correction.AcceptOnlyFromAmong("holm", "bh", "none");
        var command = new Command("report", "Per variant: exposures, rate or mean, lift with CI, fixed and sequential p, P(best), expected loss, SRM, verdict.")
        {
            key, confidence, correction,
        };
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            var options = new ExperimentOptions { Confidence = parse.GetValue(confidence), Correction = MultipleComparisons.ParseCorrection(parse.GetValue(correction)!) };
            Show(context, output, service.Report(context.ShopId, parse.GetValue(key)!, DateTimeOffset.UtcNow, options));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(GlobalOptions globals, CliOutput output)
    {
        var command = new Command("list", "The shop's experiments, newest first.");
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            var experiments = service.List(context.ShopId);
            if (context.Json)
            {
                output.WriteJson(new { experiments });
            }
            else
            {
                var table = new Table().AddColumns("key", "variants", "metric", "source", "mode", "status", "created");
                foreach (var e in experiments)
                {
                    table.AddRow(Markup.Escape(e.Key), Markup.Escape(string.Join(", ", e.Variants.Select((v, i) => $"{v.Name} {e.Weights[i]:0%}"))),
                        Word(e.Metric), Word(e.Source), e.Bandit ? "bandit" : "fixed", Word(e.Status) + (e.Winner is null ? "" : $" ({Markup.Escape(e.Winner)})"),
                        e.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                }

                output.Console.Write(table);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Stop(GlobalOptions globals, CliOutput output)
    {
        var key = Key();
        var winner = new Option<string?>("--winner") { Description = "The variant new customers get from now on; the control when omitted." };
        var command = new Command("stop", "Stop exposing new customers; they get the winner (or the control).") { key, winner };
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            var experiment = service.Stop(context.ShopId, parse.GetValue(key)!, parse.GetValue(winner));
            if (context.Json)
            {
                output.WriteJson(experiment);
            }
            else
            {
                output.Console.MarkupLineInterpolated($"Experiment '{experiment.Key}' stopped; new customers get {experiment.Winner ?? experiment.Control}.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command FromCampaign(GlobalOptions globals, CliOutput output)
    {
        var campaign = new Option<string>("--campaign") { Description = "Campaign id whose sends carry variants (an email A/B test).", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "opened, clicked, converted (conversion) or revenue.", DefaultValueFactory = _ => "opened" };
        outcome.AcceptOnlyFromAmong("opened", "clicked", "converted", "revenue");
        var command = new Command("from-campaign", "Turn an imported email A/B campaign into an experiment (key email-CAMPAIGN-OUTCOME) and report it.")
        {
            campaign, outcome,
        };
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            context.RequireShop(createIfMissing: false);
            var now = DateTimeOffset.UtcNow;
            var experiment = service.FromCampaign(context.ShopId, parse.GetValue(campaign)!,
                Enum.Parse<CampaignOutcome>(parse.GetValue(outcome)!, ignoreCase: true), now);
            Show(context, output, service.Report(context.ShopId, experiment.Key, now));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Show(CommandContext context, CliOutput output, ExperimentReport report)
    {
        if (context.Json)
        {
            output.WriteJson(report);
            return;
        }

        // Two tables, variants then comparisons, so that each fits in 80 columns.
        bool conversion = report.Metric == ExperimentMetric.Conversion;
        var variants = new Table().Title($"{Markup.Escape(report.Key)}: {Word(report.Metric)}, {report.Exposures:N0} exposures")
            .AddColumn("variant").AddColumn(new TableColumn("weight").RightAligned()).AddColumn(new TableColumn("exposures").RightAligned())
            .AddColumn(new TableColumn(conversion ? "conversions" : "buyers").RightAligned()).AddColumn(new TableColumn(conversion ? "rate" : "mean").RightAligned())
            .AddColumn(new TableColumn("P(best)").RightAligned()).AddColumn(new TableColumn("expected loss").RightAligned());
        var comparisons = new Table().Title($"against {Markup.Escape(report.Variants[0].Name)} (p-values corrected by {Word(report.Correction)})")
            .AddColumn("variant").AddColumn(new TableColumn("lift").RightAligned()).AddColumn(new TableColumn($"{report.Confidence:0%} CI").RightAligned())
            .AddColumn(new TableColumn("p").RightAligned()).AddColumn(new TableColumn("sequential p").RightAligned()).AddColumn("test");
        foreach (var v in report.Variants)
        {
            variants.AddRow(
                Markup.Escape(v.Name),
                v.Weight.ToString("0%", CultureInfo.InvariantCulture),
                v.Exposures.ToString("N0", CultureInfo.InvariantCulture),
                v.Conversions.ToString("N0", CultureInfo.InvariantCulture),
                conversion ? v.Mean.ToString("0.00%", CultureInfo.InvariantCulture) : v.Mean.ToString("N2", CultureInfo.InvariantCulture),
                v.ProbabilityBest?.ToString("0.0%", CultureInfo.InvariantCulture) ?? "-",
                v.ExpectedLoss?.ToString("0.######", CultureInfo.InvariantCulture) ?? "-");
            if (v.VersusControl is { } c)
            {
                comparisons.AddRow(
                    Markup.Escape(v.Name),
                    c.Lift?.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture) ?? "-",
                    c.Lift is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{c.LiftLower:0.0%} to {c.LiftUpper:0.0%}"),
                    c.PValueAdjusted.ToString("0.000", CultureInfo.InvariantCulture),
                    c.SequentialPValueAdjusted.ToString("0.000", CultureInfo.InvariantCulture),
                    c.Test);
            }
        }

        output.Console.Write(variants);
        if (comparisons.Rows.Count > 0)
        {
            output.Console.Write(comparisons);
        }

        output.Console.MarkupLineInterpolated(
            $"[grey]SRM: {(report.Srm.Mismatch ? "MISMATCH" : "ok")} (chi-square {report.Srm.ChiSquare:F2}, p = {report.Srm.PValue:G3}). CUPED: {(report.Cuped.Applied ? $"theta {report.Cuped.Theta:G3}, variance -{report.Cuped.VarianceReduction:0.0%}" : report.Cuped.Reason)}.[/]");
        output.Console.WriteLine(report.Verdict);
    }

    private static Command LiftTestVerb(GlobalOptions globals, CliOutput output)
    {
        var key = Key();
        var channel = new Option<string>("--channel") { Description = "The channel the holdout (the control variant) was kept from, as named in the spend rows.", Required = true };
        var end = new Option<string?>("--end") { Description = "Last day the channel ran (YYYY-MM-DD); today when omitted." };
        var export = new Option<string?>("--export") { Description = "Append the test to this CSV (created with its header) for `tailor allocate --lift-tests`." };
        var save = new Option<bool>("--save") { Description = "Store the test with the shop (`tailor lift-tests list`): every fit of the response curves then uses it." };
        var command = new Command(
            "lift-test",
            "Turn a two-variant holdout experiment (control kept from a channel) into a lift test for the response curves: the difference per customer times the customers, a day.")
        {
            key, channel, end, export, save,
        };
        command.SetAction(parse => Run(parse, globals, output, (context, service) =>
        {
            DateOnly? last = null;
            if (parse.GetValue(end) is { } text)
            {
                last = FieldParser.TryDate(text, out var day) ? day : throw new CliException($"--end '{text}' is not a date (YYYY-MM-DD).");
            }

            var experiment = service.Get(context.ShopId, parse.GetValue(key)!);
            var report = service.Report(context.ShopId, experiment.Key, DateTimeOffset.UtcNow);
            var test = HoldoutLiftTest.From(experiment, report, parse.GetValue(channel)!, last);
            if (parse.GetValue(export) is { } file)
            {
                LiftTestFile.Append(file, test);
            }

            if (parse.GetValue(save))
            {
                context.Store.SaveLiftTest(context.ShopId, test);
            }

            if (context.Json)
            {
                output.WriteJson(new
                {
                    test.Channel, test.Start, test.End, test.Incremental, test.StandardError, Outcome = MarketingOutcomeNames.Name(test.Outcome), report.Exposures,
                });
            }
            else
            {
                output.Console.MarkupLineInterpolated(
                    $"Experiment '{experiment.Key}' as a lift test of {test.Channel}: {test.Start:yyyy-MM-dd}..{test.End:yyyy-MM-dd}, {test.Incremental:N2} ± {test.StandardError:N2} {MarketingOutcomeNames.Name(test.Outcome)} a day over {report.Exposures:N0} customers.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Runs a verb with the service; an unknown experiment or a state conflict is bad input (exit 1) with its message.</summary>
    private static int Run(ParseResult parse, GlobalOptions globals, CliOutput output, Func<CommandContext, ExperimentService, int> body) =>
        CommandContext.Run(parse, globals, output, context =>
        {
            try
            {
                return body(context, new ExperimentService(context.Store));
            }
            catch (ExperimentException e)
            {
                throw new CliException(e.Message, e);
            }
            catch (ArgumentException e) when (e.ParamName is not null)
            {
                // The engine names the field for the API; on the command line the sentence is enough.
                throw new CliException(e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal), e);
            }
        });
}
