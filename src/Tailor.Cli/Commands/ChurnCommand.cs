using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor churn`: who will not buy again within the horizon. Gradient-boosted trees are measured on
/// the latest period whose outcome is known, always next to two baselines (recency rank and BG/NBD);
/// the better of trees and BG/NBD then scores every customer.
/// </summary>
internal static class ChurnCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var horizon = new Option<int>("--horizon-days") { Description = "The window a purchase must fall in.", DefaultValueFactory = _ => 90 };
        var transactions = new Option<string?>("--transactions") { Description = "A file with columns customer,timestamp[,amount] instead of the store." };
        var cutoff = new Option<string?>("--cutoff") { Description = "With --transactions: score customers as of this date (YYYY-MM-DD)." };
        var outputFile = new Option<string?>("--output") { Description = "Write customer,p_purchase,model,recency_score,bgnbd_p_purchase,churn_drivers rows here." };
        var command = new Command("churn", "Churn risk per customer, with AUC against recency and BG/NBD baselines.") { horizon, transactions, cutoff, outputFile };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var days = parse.GetValue(horizon);
            List<Order> orders;
            IReadOnlyList<ShopEvent> events = [];
            DateTimeOffset asOf;
            if (parse.GetValue(transactions) is { } file)
            {
                var text = parse.GetValue(cutoff) ?? throw new CliException("With --transactions, give --cutoff YYYY-MM-DD.");
                if (!FieldParser.TryTimestamp(text, TimeZoneInfo.Utc, out asOf))
                {
                    throw new CliException($"--cutoff '{text}' is not a date (YYYY-MM-DD).");
                }

                orders = CustomersCommands.ReadTransactions(file)
                    .Select((t, i) => new Order($"t{i}", t.Customer, t.Time, null, null, [new OrderLine(1, "purchase", 1, t.Amount)]))
                    .Where(o => o.Timestamp < asOf)
                    .ToList();
            }
            else
            {
                context.RequireShop(createIfMissing: false);
                var data = CustomersCommands.AnalyticsData(context);
                orders = [.. data.Orders];
                events = data.Events;
                asOf = orders.Count > 0 ? orders.Max(o => o.Timestamp) : throw new CliException($"Shop '{context.ShopId}' has no orders yet.");
            }

            var history = ChurnHistory.From(orders, events);
            if (history.LastPurchase is not { } dataEnd)
            {
                throw new CliException("There are no purchases before the cut-off.");
            }

            // Outcomes are known up to the last purchase in the data: measure on the last horizon with a
            // model trained on what was known before it, then train on everything known to score today.
            var options = new ChurnOptions { HorizonDays = days };
            ChurnEvaluation evaluation;
            IReadOnlyList<ChurnScore> scores;
            try
            {
                evaluation = ChurnPropensity.Evaluate(history, dataEnd.AddDays(-days), options);
                scores = ChurnPropensity.Train(history, dataEnd, options).Score(history, asOf);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"Not enough history to train and measure a {days}-day churn model: {e.Message}");
            }

            var trees = scores.ToDictionary(s => s.CustomerId, StringComparer.Ordinal);
            var summaries = TransactionSummary.FromOrders(orders, asOf, TimeUnit.Day);
            var bgNbd = BgNbdFitter.Fit(summaries);
            var recencyRank = summaries.OrderBy(s => s.TimeSinceLastPurchase).Select((s, i) => (s.CustomerId, Score: 1 - ((double)i / Math.Max(1, summaries.Count - 1))))
                .ToDictionary(p => p.CustomerId, p => p.Score, StringComparer.Ordinal);
            var useTrees = evaluation.Boosted.Auc >= evaluation.BgNbd.Auc;
            var rows = summaries.Select(s =>
            {
                var bg = bgNbd.ProbabilityAtLeastOne(days, s);
                var score = trees.GetValueOrDefault(s.CustomerId);
                return (s.CustomerId, Purchase: useTrees && score is not null ? 1 - score.ChurnProbability : bg, Recency: recencyRank[s.CustomerId], BgNbd: bg,
                    Drivers: score?.Drivers ?? []);
            }).ToList();

            if (parse.GetValue(outputFile) is { } path)
            {
                using var writer = new StreamWriter(path);
                var csv = new CsvRecordWriter(writer);
                csv.Header(["customer", "p_purchase", "model", "recency_score", "bgnbd_p_purchase", "churn_drivers"]);
                foreach (var r in rows)
                {
                    csv.Field(r.CustomerId);
                    csv.Field(r.Purchase);
                    csv.Field(useTrees ? "trees" : "bgnbd");
                    csv.Field(r.Recency);
                    csv.Field(r.BgNbd);
                    csv.Field(string.Join("; ", r.Drivers.Select(d => d.Feature)));
                    csv.EndRow();
                }
            }

            var quality = new
            {
                trees = new { auc = evaluation.Boosted.Auc, logLoss = evaluation.Boosted.LogLoss },
                recency = new { auc = evaluation.Recency.Auc },
                bgnbd = new { auc = evaluation.BgNbd.Auc, logLoss = evaluation.BgNbd.LogLoss },
                testCustomers = evaluation.TestCustomers,
                churnRate = evaluation.TestChurnRate,
            };
            var atRisk = rows.OrderBy(r => r.Purchase).Take(10)
                .Select(r => new { customer = r.CustomerId, pPurchase = Math.Round(r.Purchase, 4), drivers = r.Drivers.Select(d => d.Feature).ToList() }).ToList();
            if (context.Json)
            {
                output.WriteJson(new { horizonDays = days, asOf, model = useTrees ? "trees" : "bgnbd", evaluation = quality, customers = rows.Count, atRisk });
            }
            else
            {
                output.Console.MarkupLineInterpolated(
                    $"{days}-day churn, measured on {evaluation.TestCustomers:N0} customers: trees AUC {evaluation.Boosted.Auc:F3}, recency AUC {evaluation.Recency.Auc:F3}, BG/NBD AUC {evaluation.BgNbd.Auc:F3}; scoring with {(useTrees ? "the trees" : "BG/NBD")}.");
                var table = new Table().Title("Most at risk").AddColumn("customer").AddColumn(new TableColumn("P(buys again)").RightAligned()).AddColumn("top drivers");
                foreach (var r in atRisk)
                {
                    table.AddRow(Markup.Escape(r.customer), r.pPurchase.ToString("P1", CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", r.drivers)));
                }

                output.Console.Write(table);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
