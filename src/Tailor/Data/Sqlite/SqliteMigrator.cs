using System.Reflection;
using DbUp;

namespace Tailor.Data.Sqlite;

/// <summary>Brings a SQLite database to the newest schema with DbUp's journaled, versioned scripts.</summary>
internal static class SqliteMigrator
{
    private const string ScriptPrefix = "Tailor.Data.Migrations.Sqlite.";

    /// <summary>Names of every migration script, oldest first.</summary>
    public static IReadOnlyList<string> AllScripts { get; } =
        typeof(SqliteMigrator).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Applies the scripts not yet in the journal, each in its own transaction.</summary>
    /// <param name="connectionString">The database to migrate.</param>
    /// <param name="upTo">Stop after this script (for tests of upgrades from an older schema); null for all.</param>
    public static void Migrate(string connectionString, string? upTo = null)
    {
        var wanted = upTo is null
            ? AllScripts
            : AllScripts.TakeWhile(name => string.CompareOrdinal(name, ScriptPrefix + upTo) <= 0).ToArray();
        var upgrader = DeployChanges.To
            .SqliteDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), wanted.Contains)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Schema migration failed at script '{result.ErrorScript?.Name}': {result.Error?.Message}", result.Error);
        }
    }
}
