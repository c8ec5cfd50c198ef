using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tailor.Data;
using Tailor.Recommend;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Evaluation;
using Tailor.Recommend.Training;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor evaluate`: offline comparison of recommenders, on the shop's own data (the newest fifth of
/// its history held out, purchases as the truth) or on external `--train`/`--test` files.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var algorithms = new Option<string>("--algorithms")
        {
            Description = $"Comma-separated: {string.Join(", ", AlgorithmCatalog.Names)}, content (store only), auto.",
            DefaultValueFactory = _ => "popularity,item-knn,ease,als,auto",
        };
        var k = new Option<int>("--k") { Description = "List length the metrics look at (also 2k).", DefaultValueFactory = _ => 10 };
        var train = new Option<string?>("--train") { Description = "External training file: user,item[,weight[,timestamp]]." };
        var test = new Option<string?>("--test") { Description = "External test file, same columns." };
        var command = new Command("evaluate", "Compare recommendation algorithms offline.") { algorithms, k, train, test };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var cutoff = parse.GetValue(k);
            if (cutoff < 1)
            {
                throw new CliException($"--k must be at least 1, not {cutoff}.");
            }

            var names = parse.GetValue(algorithms)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (trainFile, testFile) = (parse.GetValue(train), parse.GetValue(test));
            if ((trainFile is null) != (testFile is null))
            {
                throw new CliException("Give both --train and --test, or neither to evaluate the shop's own data.");
            }

            var setup = trainFile is null ? FromStore(context) : FromFiles(trainFile, testFile!);
            var results = Evaluate(setup, names, cutoff, context);
            Print(context, results, cutoff, setup);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private sealed record Setup(
        IReadOnlyList<Interaction> Train, TestSet Test, InteractionOptions Options, IReadOnlyList<Item>? Catalogue, string Source);

    private static Setup FromStore(CommandContext context)
    {
        context.RequireShop(createIfMissing: false);
        var data = context.Store.ReadShopData(context.ShopId);
        var options = new InteractionOptions();
        var excluded = data.Customers.Where(c => !c.Consent.Personalization).Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        var all = InteractionSource.FromShop(data, options, excluded).ToList();
        if (all.Count == 0)
        {
            throw new CliException($"Shop '{context.ShopId}' has no orders or events to evaluate on.");
        }

        var cutoff = Splits.CutoffAtFraction(all, 0.2);
        var purchases = InteractionSource.FromOrders(data.Orders, options, excluded).ToList();
        var test = Splits.Temporal(purchases, cutoff).Test;
        var train = all.Where(i => i.Timestamp < cutoff).ToList();
        return new Setup(train, test.Restrict(new IdMap(train.Select(i => i.User).Distinct(StringComparer.Ordinal))), options,
            data.Items, $"shop '{context.ShopId}', purchases from {cutoff:yyyy-MM-dd} held out");
    }

    private static Setup FromFiles(string trainFile, string testFile)
    {
        try
        {
            var train = InteractionFile.Read(trainFile);
            var test = TestSet.FromInteractions(InteractionFile.Read(testFile));
            // Weights as the file gives them: no decay, no quantity scaling.
            return new Setup(train, test, new InteractionOptions { HalfLifeDays = null, LogQuantity = false }, null,
                $"{Path.GetFileName(trainFile)} / {Path.GetFileName(testFile)}");
        }
        catch (InteractionFileException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static List<TrainerEvaluation> Evaluate(Setup setup, string[] names, int k, CommandContext context)
    {
        var matrix = InteractionMatrix.Build(setup.Train, setup.Options, setup.Train.Max(i => i.Timestamp),
            setup.Catalogue?.Select(i => i.ExternalId));
        var evaluation = new EvaluationOptions { Cutoffs = [k, 2 * k] };
        var results = new List<TrainerEvaluation>();
        foreach (var name in names)
        {
            var trainer = name switch
            {
                "auto" => Auto(setup, matrix.ItemCount, context),
                "content" when setup.Catalogue is not null => new ContentTrainer(setup.Catalogue),
                "content" => throw new CliException("content needs the shop's catalogue: evaluate it on the store, not on files."),
                _ when AlgorithmCatalog.Names.Contains(name) => AlgorithmCatalog.Create(name, matrix.ItemCount),
                _ => throw new CliException($"Unknown algorithm '{name}'. Known: {string.Join(", ", AlgorithmCatalog.Names)}, content, auto."),
            };
            if (!context.Json)
            {
                context.Output.Error.WriteLine($"evaluating {name}...");
            }

            try
            {
                results.Add(RecommenderEvaluator.EvaluateTrainer(trainer, matrix, setup.Test, evaluation));
            }
            catch (ArgumentException e)
            {
                throw new CliException($"{name}: {e.Message}");
            }
        }

        return results;
    }

    private static IRecommenderTrainer Auto(Setup setup, int items, CommandContext context)
    {
        var families = AlgorithmCatalog.Families(items).ToList();
        if (setup.Catalogue is not null)
        {
            families.Add([new ContentTrainer(setup.Catalogue)]);
        }

        var progress = context.Json ? null : new Progress<string>(step => context.Output.Error.WriteLine($"  auto: {step}"));
        return AutoSelection.Run(setup.Train, setup.Options, families, catalogue: setup.Catalogue, progress: progress).Trainer;
    }

    private static void Print(CommandContext context, List<TrainerEvaluation> results, int k, Setup setup)
    {
        string[] keys = [$"precision@{k}", $"recall@{k}", $"ndcg@{k}", $"map@{k}", $"precision@{2 * k}", $"recall@{2 * k}", $"ndcg@{2 * k}", $"coverage@{k}"];
        if (context.Json)
        {
            context.Output.WriteJson(new
            {
                algorithms = results.Select(r => new
                {
                    name = r.Name,
                    fitSeconds = Math.Round(r.FitSeconds, 3),
                    @params = r.Parameters,
                    metrics = r.Metrics.Values.ToDictionary(m => m.Key, m => Math.Round(m.Value, 6), StringComparer.Ordinal),
                }),
                users = results.FirstOrDefault()?.Metrics.Users ?? 0,
            });
            return;
        }

        var table = new Table().Title(Markup.Escape($"Offline evaluation on {setup.Source}")).AddColumn("algorithm").AddColumn(new TableColumn("fit s").RightAligned());
        foreach (var key in keys)
        {
            table.AddColumn(new TableColumn(key).RightAligned());
        }

        foreach (var r in results.OrderByDescending(r => r.Metrics[$"ndcg@{k}"]))
        {
            table.AddRow([r.Name, r.FitSeconds.ToString("F2", CultureInfo.InvariantCulture),
                .. keys.Select(key => r.Metrics[key].ToString("F4", CultureInfo.InvariantCulture))]);
        }

        context.Output.Console.Write(table);
    }
}
