using System.CommandLine;
using Spectre.Console;
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
            var (version, report) = Train(context);
            if (context.Json)
            {
                output.WriteJson(new { recommender = new { version, report } });
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
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Trains and stores the recommender; shared with `tailor demo`.</summary>
    public static (int Version, TrainingReport Report) Train(CommandContext context)
    {
        if (!context.Output.CanShowProgress || context.Json)
        {
            return RecommenderTraining.TrainAndStore(context.Store, context.ShopId, new RecommenderTrainingOptions());
        }

        (int, TrainingReport) result = default;
        context.Output.Console.Status().Start("Reading the shop", status => result = RecommenderTraining.TrainAndStore(
            context.Store, context.ShopId, new RecommenderTrainingOptions(), new Progress<string>(step => status.Status(Markup.Escape(step)))));
        return result;
    }
}
