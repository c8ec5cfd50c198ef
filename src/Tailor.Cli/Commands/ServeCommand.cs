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

    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Serve the HTTP API and the dashboard until stopped (Ctrl+C).") { urls };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CommandContext.Run(parse, globals, output, context =>
        {
            Serve(context, parse.GetValue(urls)!, cancellationToken);
            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>Runs the server until the token fires; prints where it listens.</summary>
    public static void Serve(CommandContext context, string urls, CancellationToken cancellationToken)
    {
        var options = new TailorServerOptions { DbPath = context.DbPath, Urls = urls, DefaultShop = context.ShopId };
        TailorServer.RunAsync(options, addresses =>
        {
            if (context.Json)
            {
                context.Output.WriteJson(new { listening = addresses, db = context.DbPath });
            }
            else
            {
                context.Output.Out.WriteLine(
                    $"Tailor is serving {context.DbPath} at {string.Join(", ", addresses)} (Ctrl+C to stop).");
                context.Output.Out.Flush();
            }
        }, cancellationToken).GetAwaiter().GetResult();
    }
}
