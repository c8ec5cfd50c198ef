using System.CommandLine;
using Spectre.Console;
using Tailor.Recommend;

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
        var command = new Command("recommend", "Recommend items for a customer, with a reason for each.")
        {
            customer, count, category, diversity,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
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

    private static Option<int> CountOption() => new("--n") { Description = "How many items.", DefaultValueFactory = _ => 10 };

    private static (RecommendationService Service, int Version) LoadService(CommandContext context)
    {
        context.RequireShop(createIfMissing: false);
        var stored = context.Store.LoadLatestModel(context.ShopId, TrainCommand.RecommenderKind)
            ?? throw new CliException($"Shop '{context.ShopId}' has no trained recommender yet: run 'tailor train'.");
        var bundle = RecommenderBundle.FromBytes(stored.Artefact);
        return (new RecommendationService(bundle, new Catalogue(bundle.Items, context.Store.ReadItems(context.ShopId))), stored.Version);
    }

    private static void Print(CommandContext context, IReadOnlyList<Recommendation> items, int version, object query)
    {
        if (context.Json)
        {
            context.Output.WriteJson(new { query, model = new { kind = TrainCommand.RecommenderKind, version }, items });
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
