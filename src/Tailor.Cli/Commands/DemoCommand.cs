using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Tailor.Data;
using Tailor.Simulation;

namespace Tailor.Cli.Commands;

/// <summary>`tailor demo`: a simulated shop, loaded into the store, then served.</summary>
internal static class DemoCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var customers = new Option<int>("--customers")
        {
            Description = "Customers to simulate.",
            DefaultValueFactory = _ => ShopSimulatorDefaults.Customers,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the same seed gives the same shop.",
            DefaultValueFactory = _ => ShopSimulatorDefaults.Seed,
        };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after loading instead of serving the dashboard." };
        var urls = ServeCommand.UrlsOption();
        var trainEvery = ServeCommand.TrainEveryOption();
        var command = new Command("demo", "Simulate a shop with known ground truth, load it and serve its dashboard.")
        {
            customers, seed, noServe, urls, trainEvery,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var options = new ShopSimulatorOptions
            {
                Customers = parse.GetValue(customers),
                Seed = parse.GetValue(seed),
                ShopId = context.ShopId,
            };
            var summary = Load(context, options);
            var (version, report, _) = TrainCommand.Train(context);
            if (!context.Json)
            {
                output.Console.MarkupLineInterpolated(
                    $"Trained recommender version {version} on {report.Interactions:N0} interactions ({report.Seconds:F1} s).");
            }

            summary = summary with { RecommenderVersion = version, Experiment = LoadExperiment(context) };
            if (parse.GetValue(noServe))
            {
                if (context.Json)
                {
                    output.WriteJson(summary);
                }

                return ExitCodes.Ok;
            }

            if (!context.Json)
            {
                // The dashboard needs a sign-in; a fresh admin key is the one the demo can show without storing a password.
                var key = ApiKey.Generate();
                context.Store.SaveApiKey(context.ShopId, ApiKey.Hash(key), ApiKey.DisplayPrefix(key), ApiScope.Admin, "demo dashboard");
                output.Console.MarkupLineInterpolated($"Sign in to the dashboard with this admin key (shown once): [bold]{key}[/]");
            }

            ServeCommand.Serve(context, parse.GetValue(urls)!, parse.GetValue(trainEvery), CancellationToken.None);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static DemoSummary Load(CommandContext context, ShopSimulatorOptions options)
    {
        var clock = Stopwatch.StartNew();
        SimulatedShop? shop = null;
        long changes = 0;
        void Work(Action<string, double>? report)
        {
            report?.Invoke("Simulating the shop", 0);
            shop = ShopSimulator.Generate(options);
            report?.Invoke("Loading it into the store", 0);
            context.Store.EnsureShop(shop.Shop with { Name = "Demo gift shop" });
            changes = ShopDataWriter.Write(context.Store, shop.Shop.Id, shop.Data,
                report is null ? null : new Progress<double>(p => report("Loading it into the store", p)));
        }

        if (context.Output.CanShowProgress && !context.Json)
        {
            context.Output.Console.Progress().Start(progress =>
            {
                var simulate = progress.AddTask("Simulating the shop", maxValue: 1);
                var load = progress.AddTask("Loading it into the store", maxValue: 1);
                Work((step, fraction) =>
                {
                    if (step.StartsWith("Loading", StringComparison.Ordinal))
                    {
                        simulate.Value = 1;
                        load.Value = fraction;
                    }
                });
                simulate.Value = 1;
                load.Value = 1;
            });
        }
        else
        {
            Work(null);
        }

        var stats = context.Store.GetStats(shop!.Shop.Id);
        var summary = new DemoSummary(shop.Shop.Id, context.DbPath, options.Seed, stats, changes,
            Math.Round(clock.Elapsed.TotalSeconds, 2));
        if (!context.Json)
        {
            context.Output.Console.MarkupLineInterpolated(
                $"Demo shop '{shop.Shop.Id}' in {context.DbPath}: {stats.Customers:N0} customers, {stats.Items:N0} items, {stats.Orders:N0} orders, {stats.Events:N0} events, {stats.CampaignSends:N0} campaign sends ({summary.Seconds:F1} s).");
        }

        return summary;
    }

    /// <summary>
    /// The latest email A/B campaign as an experiment on opens, so `tailor experiment report` has something
    /// to show (the simulator knows each subject line's true open rate). Null when no campaign had variants.
    /// </summary>
    private static string? LoadExperiment(CommandContext context)
    {
        var campaign = context.Store.ReadCampaignSends(context.ShopId).Where(s => s.Variant is not null)
            .GroupBy(s => s.CampaignId, StringComparer.Ordinal).Where(g => g.Select(s => s.Variant).Distinct().Count() > 1)
            .MaxBy(g => g.Max(s => s.SentAt))?.Key;
        var service = new Experiments.ExperimentService(context.Store);
        if (campaign is null || service.List(context.ShopId).Any(e => e.Key.StartsWith($"email-{campaign}-", StringComparison.Ordinal)))
        {
            return null;
        }

        var experiment = service.FromCampaign(context.ShopId, campaign, Experiments.CampaignOutcome.Opened, DateTimeOffset.UtcNow);
        if (!context.Json)
        {
            context.Output.Console.MarkupLineInterpolated(
                $"Experiment '{experiment.Key}' holds campaign {campaign}'s subject-line test; see it with: tailor experiment report --key {experiment.Key}");
        }

        return experiment.Key;
    }

    private sealed record DemoSummary(string Shop, string Db, int Seed, ShopStats Stats, long Changes, double Seconds)
    {
        public int? RecommenderVersion { get; init; }

        public string? Experiment { get; init; }
    }
}
