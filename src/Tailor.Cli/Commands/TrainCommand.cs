using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Tailor.Data;
using Tailor.Recommend;
using Tailor.Recommend.Training;

namespace Tailor.Cli.Commands;

/// <summary>`tailor train`: trains every model of a shop and stores a new version.</summary>
internal static class TrainCommand
{
    public const string RecommenderKind = "recommender";

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
            output.Console.MarkupLineInterpolated(
                $"{report.Users:N0} users, {report.Items:N0} items, {report.Interactions:N0} interactions; {report.ExcludedCustomers:N0} customers left out (no personalization consent). {report.Seconds:F1} s.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Trains and stores the recommender; shared with `tailor demo`.</summary>
    public static (int Version, TrainingReport Report) Train(CommandContext context)
    {
        RecommenderBundle? bundle = null;
        TrainingReport? report = null;
        void Work(IProgress<string>? progress)
        {
            var data = context.Store.ReadShopData(context.ShopId);
            (bundle, report) = RecommenderTraining.Train(data, new RecommenderTrainingOptions(), progress);
        }

        if (context.Output.CanShowProgress && !context.Json)
        {
            context.Output.Console.Status().Start("Reading the shop", status =>
                Work(new Progress<string>(step => status.Status(Markup.Escape(step)))));
        }
        else
        {
            Work(null);
        }

        var metrics = JsonSerializer.Serialize(new { report!.Users, report.Items, report.Interactions, report.Weights, report.Validation });
        var version = context.Store.SaveModel(context.ShopId, RecommenderKind, metrics, bundle!.ToBytes());
        return (version, report);
    }
}
