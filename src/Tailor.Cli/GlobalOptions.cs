using System.CommandLine;

namespace Tailor.Cli;

/// <summary>Options every verb takes.</summary>
internal sealed class GlobalOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "Path of the SQLite database file; created on first use.",
        DefaultValueFactory = _ => "tailor.db",
        Recursive = true,
    };

    public Option<string> Shop { get; } = new("--shop")
    {
        Description = "Id of the shop to work on.",
        DefaultValueFactory = _ => Data.Shop.DefaultId,
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON object on stdout and nothing else, for programs.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Db);
        root.Add(Shop);
        root.Add(Json);
    }
}
