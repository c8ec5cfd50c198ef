using System.CommandLine;
using Spectre.Console;
using Tailor.Customers;
using Tailor.Recommend.Training;

namespace Tailor.Cli.Commands;

/// <summary>`tailor train`: trains every model of a shop and stores a new version.</summary>
internal static class TrainCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var command = new Command("train", "Train the shop's models and store them as a new version.");
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            var (version, report, customers) = Train(context);
            if (context.Json)
            {
                output.WriteJson(new
                {
                    recommender = new { version, report },
                    customers = customers is { } c ? new { version = c.Version, c.Report.Customers, c.Report.ChurnModel, c.Report.Notes } : null,
                });
                return ExitCodes.Ok;
            }

            var table = new Table().Title($"Recommender version {version}").AddColumn("model").AddColumn(new TableColumn("weight").RightAligned());
            foreach (var (name, weight) in report.Weights)
            {
                table.AddRow(name, weight.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
            }

            output.Console.Write(table);
            if (report.Ranker == "rerank")
            {
                output.Console.MarkupLine("Candidates from these models are ordered by a re-ranker learnt on the newest purchases (it beat the blend on validation).");
            }

            output.Console.MarkupLineInterpolated(
                $"{report.Users:N0} users, {report.Items:N0} items, {report.Interactions:N0} interactions; {report.ExcludedCustomers:N0} customers left out (no personalization consent). {report.Seconds:F1} s.");
            if (customers is { } analysed)
            {
                output.Console.MarkupLineInterpolated(
                    $"Customer analytics version {analysed.Version}: {analysed.Report.Customers:N0} customers segmented and scored (churn by {analysed.Report.ChurnModel ?? "no model"}); {analysed.Report.WithoutAnalyticsConsent:N0} left out (no analytics consent).");
                foreach (var note in analysed.Report.Notes)
                {
                    output.Console.MarkupLineInterpolated($"  [grey]{note}[/]");
                }
            }
            else
            {
                output.Console.MarkupLine("Customer analytics: no purchases by customers who consented to analytics yet.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Trains and stores the recommender and the customer analytics (null when no consenting customer
    /// has bought anything); shared with `tailor demo`.
    /// </summary>
    public static (int Version, TrainingReport Report, (int Version, CustomerAnalyticsReport Report)? Customers) Train(CommandContext context)
    {
        if (!context.Output.CanShowProgress || context.Json)
        {
            var (version, report) = RecommenderTraining.TrainAndStore(context.Store, context.ShopId, new RecommenderTrainingOptions());
            return (version, report, CustomerAnalytics.TrainAndStore(context.Store, context.ShopId, new CustomerAnalyticsOptions()));
        }

        (int, TrainingReport, (int, CustomerAnalyticsReport)?) result = default;
        context.Output.Console.Status().Start("Reading the shop", status =>
        {
            var progress = new Progress<string>(step => status.Status(Markup.Escape(step)));
            var (version, report) = RecommenderTraining.TrainAndStore(context.Store, context.ShopId, new RecommenderTrainingOptions(), progress);
            result = (version, report, CustomerAnalytics.TrainAndStore(context.Store, context.ShopId, new CustomerAnalyticsOptions(), progress));
        });
        return result;
    }
}
