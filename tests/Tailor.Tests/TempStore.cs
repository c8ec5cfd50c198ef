using Tailor.Data;
using Tailor.Data.Sqlite;

namespace Tailor.Tests;

/// <summary>A database file of its own for one test, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore(string? upToMigration = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "tailor-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DbPath = Path.Combine(Directory, "tailor.db");
        Store = SqliteStore.Open(DbPath, upToMigration);
        Store.EnsureShop(new Shop(Shop.DefaultId, "Test shop"));
    }

    public string Directory { get; }

    public string DbPath { get; }

    public SqliteStore Store { get; private set; }

    public string ShopId => Shop.DefaultId;

    /// <summary>Writes a file into the test's folder and returns its path.</summary>
    public string File(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Closes and opens the database again, running any pending migrations.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = SqliteStore.Open(DbPath);
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
