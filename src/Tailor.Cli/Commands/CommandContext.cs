using System.CommandLine;
using Tailor.Data;
using Tailor.Data.Csv;
using Tailor.Data.Sqlite;

namespace Tailor.Cli.Commands;

/// <summary>What a verb's body gets: parsed globals, the output, and the store opened lazily.</summary>
internal sealed class CommandContext(ParseResult parse, GlobalOptions globals, CliOutput output) : IDisposable
{
    private SqliteStore? _store;

    public ParseResult Parse { get; } = parse;

    public CliOutput Output { get; } = output;

    public bool Json { get; } = parse.GetValue(globals.Json);

    public string ShopId { get; } = parse.GetValue(globals.Shop) ?? Shop.DefaultId;

    public string DbPath { get; } = parse.GetValue(globals.Db) ?? "tailor.db";

    public ITailorStore Store => _store ??= SqliteStore.Open(DbPath);

    /// <summary>The shop, created with defaults when it is the default one and missing.</summary>
    public Shop RequireShop(bool createIfMissing)
    {
        var shop = Store.FindShop(ShopId);
        if (shop is not null)
        {
            return shop;
        }

        if (!createIfMissing)
        {
            throw new CliException($"Shop '{ShopId}' does not exist in {DbPath}. Import data into it first.");
        }

        shop = new Shop(ShopId, ShopId == Shop.DefaultId ? "My shop" : ShopId);
        Store.EnsureShop(shop);
        return shop;
    }

    /// <summary>Runs a verb body, turning the failures users cause into exit code 1 with a clear message.</summary>
    public static int Run(ParseResult parse, GlobalOptions globals, CliOutput output, Func<CommandContext, int> body)
    {
        using var context = new CommandContext(parse, globals, output);
        try
        {
            return body(context);
        }
        catch (Exception e) when (e is CliException or ImportFailedException or ArgumentException or IOException
                                      or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"error: {e.Message}");
            if (context.Json)
            {
                output.WriteJson(new { error = e.Message });
            }

            return ExitCodes.BadInput;
        }
    }

    public void Dispose() => _store?.Dispose();
}
