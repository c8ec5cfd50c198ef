using System.CommandLine;
using Spectre.Console;
using Tailor.Recommend;
using Tailor.Recommend.Evaluation;
using Tailor.Recommend.Training;

namespace Tailor.Cli.Commands;

/// <summary>`tailor recommend --customer ID` and `tailor similar --item ID`, from the shop's latest model.</summary>
internal static class RecommendCommand
{
    public static Command CreateRecommend(GlobalOptions globals, CliOutput output)
    {
        var customer = new Option<string>("--customer") { Description = "The customer's id." };
        var count = CountOption();
        var category = new Option<string?>("--category") { Description = "Only items in this category (or below it)." };
        var diversity = new Option<double>("--diversity")
        {
            Description = "1 ranks by score alone; lower values trade score for variety (0.7 is common).",
            DefaultValueFactory = _ => 1,
        };
        var train = new Option<string?>("--train") { Description = "External mode: training file user,item[,weight[,timestamp]]." };
        var users = new Option<string?>("--users") { Description = "External mode: file of user ids (one per line), or 'all'." };
        var algorithm = new Option<string>("--algorithm")
        {
            Description = $"External mode: {string.Join(", ", AlgorithmCatalog.Names)} or auto.",
            DefaultValueFactory = _ => "auto",
        };
        var outputFile = new Option<string?>("--output") { Description = "External mode: where to write user<TAB>item<TAB>rank lines." };
        var command = new Command("recommend", "Recommend items for a customer, with a reason for each; or for every user of a training file.")
        {
            customer, count, category, diversity, train, users, algorithm, outputFile,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            if (parse.GetValue(train) is { } trainFile)
            {
                return RecommendFromFiles(context, trainFile, parse.GetValue(users), parse.GetValue(algorithm)!, parse.GetValue(count),
                    parse.GetValue(outputFile));
            }

            var customerId = parse.GetValue(customer) ?? throw new CliException("Say which customer: --customer ID.");
            var (service, version) = LoadService(context);
            var activity = context.Store.ReadCustomerActivity(context.ShopId, customerId)
                ?? throw new CliException($"Customer '{customerId}' is not known to shop '{context.ShopId}'.");
            var personal = activity.Customer.Consent.Personalization;
            var history = personal
                ? UserHistory.FromActivity(activity, service.Bundle.Items, service.Bundle.Options, DateTimeOffset.UtcNow)
                : UserHistory.Empty;
            var request = new RecommendationRequest
            {
                Count = parse.GetValue(count),
                Category = parse.GetValue(category),
                Diversity = parse.GetValue(diversity),
            };
            Print(context, service.Recommend(history, request), version, new { customer = customerId, personalized = personal });
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command CreateSimilar(GlobalOptions globals, CliOutput output)
    {
        var item = new Option<string>("--item") { Description = "The item's id." };
        var count = CountOption();
        var command = new Command("similar", "Items similar to an item, and what is bought with it.") { item, count };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var itemId = parse.GetValue(item) ?? throw new CliException("Say which item: --item ID.");
            var (service, version) = LoadService(context);
            var request = new RecommendationRequest { Count = parse.GetValue(count) };
            try
            {
                Print(context, service.Similar(itemId, request), version, new { item = itemId });
            }
            catch (KeyNotFoundException e)
            {
                throw new CliException(e.Message);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int RecommendFromFiles(CommandContext context, string trainFile, string? usersFile, string algorithm, int count,
        string? outputFile)
    {
        if (usersFile is null || outputFile is null)
        {
            throw new CliException("With --train, give --users FILE|all and --output FILE.");
        }

        IReadOnlyList<Interaction> train;
        try
        {
            train = InteractionFile.Read(trainFile);
        }
        catch (InteractionFileException e)
        {
            throw new CliException(e.Message);
        }

        var options = new InteractionOptions { HalfLifeDays = null, LogQuantity = false };
        var matrix = InteractionMatrix.Build(train, options, train.Max(i => i.Timestamp));
        var trainer = algorithm == "auto"
            ? AutoSelection.Run(train, options, AlgorithmCatalog.Families(matrix.ItemCount)).Trainer
            : AlgorithmCatalog.Names.Contains(algorithm)
                ? AlgorithmCatalog.Create(algorithm, matrix.ItemCount)
                : throw new CliException($"Unknown algorithm '{algorithm}'. Known: {string.Join(", ", AlgorithmCatalog.Names)}, auto.");
        var model = trainer.Fit(matrix);
        var userIds = usersFile == "all"
            ? matrix.Users.Ids
            : File.Exists(usersFile)
                ? File.ReadLines(usersFile).Select(l => l.Split('\t', ',')[0].Trim()).Where(l => l.Length > 0 && !l.Equals("user", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).ToList()
                : throw new CliException($"Users file '{usersFile}' does not exist.");
        long lines = 0;
        using (var writer = new StreamWriter(outputFile))
        {
            foreach (var (user, item, rank) in OfflineRecommendations.TopN(model, matrix, userIds, count))
            {
                writer.Write(user);
                writer.Write('\t');
                writer.Write(item);
                writer.Write('\t');
                writer.Write(rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Write('\n');
                lines++;
            }
        }

        if (context.Json)
        {
            context.Output.WriteJson(new { algorithm = trainer.Name, @params = trainer.Parameters, users = userIds.Count, lines, output = outputFile });
        }
        else
        {
            context.Output.Console.MarkupLineInterpolated($"Wrote {lines:N0} recommendations for {userIds.Count:N0} users to {outputFile} ({trainer.Name}).");
        }

        return ExitCodes.Ok;
    }

    private static Option<int> CountOption() => new("--n") { Description = "How many items.", DefaultValueFactory = _ => 10 };

    private static (RecommendationService Service, int Version) LoadService(CommandContext context)
    {
        context.RequireShop(createIfMissing: false);
        var stored = context.Store.LoadLatestModel(context.ShopId, RecommenderBundle.ModelKind)
            ?? throw new CliException($"Shop '{context.ShopId}' has no trained recommender yet: run 'tailor train'.");
        var bundle = RecommenderBundle.FromBytes(stored.Artefact);
        return (new RecommendationService(bundle, new Catalogue(bundle.Items, context.Store.ReadItems(context.ShopId))), stored.Version);
    }

    private static void Print(CommandContext context, IReadOnlyList<Recommendation> items, int version, object query)
    {
        if (context.Json)
        {
            context.Output.WriteJson(new { query, model = new { kind = RecommenderBundle.ModelKind, version }, items });
            return;
        }

        var table = new Table().AddColumn("#").AddColumn("item").AddColumn("title").AddColumn(new TableColumn("score").RightAligned()).AddColumn("why");
        for (var i = 0; i < items.Count; i++)
        {
            var r = items[i];
            table.AddRow((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(r.ItemId),
                Markup.Escape(r.Title ?? ""), r.Score.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(r.Reason));
        }

        context.Output.Console.Write(table);
    }
}
