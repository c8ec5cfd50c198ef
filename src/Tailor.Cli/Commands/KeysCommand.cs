using System.CommandLine;
using Spectre.Console;
using Tailor.Data;

namespace Tailor.Cli.Commands;

/// <summary>`tailor keys create --shop S --scope ingest,read,admin`: prints a new API key once.</summary>
internal static class KeysCommand
{
    public static Command Create(GlobalOptions globals, CliOutput output)
    {
        var scope = new Option<string>("--scope")
        {
            Description = "Comma-separated scopes: ingest (events only, safe in a web page), read, admin.",
            Required = true,
        };
        var label = new Option<string?>("--label") { Description = "A note to tell keys apart." };
        var rateLimit = new Option<int?>("--rate-limit")
        {
            Description = "Requests a second the key may make (0 = unlimited). Default: the server's, 1,000.",
        };
        rateLimit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--rate-limit must be 0 (unlimited) or a positive number of requests a second.");
            }
        });
        var create = new Command("create", "Create an API key for the shop and print it once.") { scope, label, rateLimit };
        create.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var shop = context.RequireShop(createIfMissing: true);
            var scopes = ApiKey.ParseScopes(parse.GetValue(scope)!);
            var key = ApiKey.Generate();
            var stored = context.Store.SaveApiKey(shop.Id, ApiKey.Hash(key), ApiKey.DisplayPrefix(key), scopes, parse.GetValue(label),
                parse.GetValue(rateLimit));
            if (context.Json)
            {
                output.WriteJson(new
                {
                    key, shop = shop.Id, scopes = ApiKey.FormatScopes(scopes), prefix = stored.Prefix, id = stored.Id, rateLimit = stored.RateLimit,
                });
            }
            else
            {
                output.Out.WriteLine(key);
                output.Console.MarkupLineInterpolated(
                    $"[grey]Key for shop '{shop.Id}' with scopes {ApiKey.FormatScopes(scopes)}. It is shown only now; Tailor keeps only its hash.[/]");
            }

            return ExitCodes.Ok;
        }));
        return new Command("keys", "Manage API keys.") { create };
    }
}
