using Microsoft.Data.Sqlite;
using Tailor.Data;
using Tailor.Data.Csv;
using Tailor.Data.Sqlite;

namespace Tailor.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void A_database_at_an_older_schema_is_upgraded_on_open_and_keeps_its_data()
    {
        using var db = new TempStore(upToMigration: "V0001__core_schema.sql");
        new CsvImporter(db.Store).Import(db.ShopId, DataKind.Customers, db.File("c.csv", "customer_id\nc1\nc2\n"));
        Assert.False(TableExists(db.DbPath, "experiments"));

        db.Reopen();

        Assert.True(TableExists(db.DbPath, "experiments"));
        Assert.True(TableExists(db.DbPath, "models"));
        Assert.Equal(2, db.Store.GetStats(db.ShopId).Customers);
        Assert.Equal(SqliteMigrator.AllScripts.Count, JournalEntries(db.DbPath));
    }

    [Fact]
    public void Opening_a_current_database_applies_nothing_again()
    {
        using var db = new TempStore();
        var before = JournalEntries(db.DbPath);

        db.Reopen();
        db.Reopen();

        Assert.Equal(before, JournalEntries(db.DbPath));
        Assert.True(before >= 2);
    }

    [Fact]
    public void The_database_runs_in_wal_mode_with_foreign_keys_on()
    {
        using var db = new TempStore();
        using var connection = db.Store.OpenConnection();

        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(connection, "PRAGMA foreign_keys"));
    }

    private static bool TableExists(string path, string table)
    {
        using var connection = Open(path);
        return (long)Scalar(connection, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'")! == 1;
    }

    private static int JournalEntries(string path)
    {
        using var connection = Open(path);
        return (int)(long)Scalar(connection, "SELECT count(*) FROM schemaversions")!;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
