using System.CommandLine;
using Tailor.Server;

namespace Tailor.Cli.Commands;

/// <summary>`tailor serve`: the HTTP API and dashboard.</summary>
internal static class ServeCommand
{
    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Addresses to listen on, separated by ';'.",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    /// <summary>`--train-every 6h`: how often changed shops are retrained in the background.</summary>
    public static Option<TimeSpan> TrainEveryOption()
    {
        var option = new Option<TimeSpan>("--train-every")
        {
            Description = "Retrain shops whose data changed this often, such as 30m, 6h or 1d; 0 turns it off.",
            DefaultValueFactory = _ => TimeSpan.FromHours(24),
            CustomParser = result => DurationText.Parse(result.Tokens[0].Value) ?? ReportBadDuration(result),
        };
        return option;
    }

    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var urls = UrlsOption();
        var trainEvery = TrainEveryOption();
        var command = new Command("serve", "Serve the HTTP API and the dashboard until stopped (Ctrl+C).") { urls, trainEvery };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CommandContext.Run(parse, globals, output, context =>
        {
            Serve(context, parse.GetValue(urls)!, parse.GetValue(trainEvery), cancellationToken);
            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>Runs the server until the token fires; prints where it listens.</summary>
    public static void Serve(CommandContext context, string urls, TimeSpan trainEvery, CancellationToken cancellationToken)
    {
        var options = new TailorServerOptions { DbPath = context.DbPath, Urls = urls, DefaultShop = context.ShopId, TrainEvery = trainEvery };
        TailorServer.RunAsync(options, addresses =>
        {
            if (context.Json)
            {
                context.Output.WriteJson(new { listening = addresses, db = context.DbPath });
            }
            else
            {
                var schedule = trainEvery > TimeSpan.Zero ? $"retraining changed shops every {DurationText.Format(trainEvery)}" : "no scheduled training";
                context.Output.Out.WriteLine(
                    $"Tailor is serving {context.DbPath} at {string.Join(", ", addresses)}, {schedule} (Ctrl+C to stop).");
                context.Output.Out.Flush();
            }
        }, cancellationToken).GetAwaiter().GetResult();
    }

    private static TimeSpan ReportBadDuration(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--train-every '{result.Tokens[0].Value}' is not a duration: write a number and a unit, such as 30m, 6h or 1d, or 0 for never.");
        return TimeSpan.Zero;
    }
}
