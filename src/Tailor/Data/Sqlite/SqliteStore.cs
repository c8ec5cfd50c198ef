using Microsoft.Data.Sqlite;

namespace Tailor.Data.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys on, created and migrated
/// to the newest schema on first use.
/// </summary>
public sealed partial class SqliteStore : ITailorStore
{
    private readonly string _connectionString;

    private SqliteStore(string connectionString) => _connectionString = connectionString;

    /// <summary>Path of the database file.</summary>
    public required string Path { get; init; }

    /// <summary>Opens the database at <paramref name="path"/>, creating and migrating it as needed.</summary>
    public static SqliteStore Open(string path) => Open(path, upToMigration: null);

    /// <summary>Opens the database migrated only up to the named script; for upgrade tests.</summary>
    internal static SqliteStore Open(string path, string? upToMigration)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            // WAL is a property of the file: set once, it lets readers run while a writer commits.
            Execute(connection, "PRAGMA journal_mode=WAL;");
        }

        SqliteMigrator.Migrate(connectionString, upToMigration);
        return new SqliteStore(connectionString) { Path = fullPath };
    }

    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // FULL makes a commit durable against power loss, not only against a crashed process;
        // it costs one fsync per commit, which bulk paths amortise over a whole batch.
        Execute(connection, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void EnsureShop(Shop shop)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrWhiteSpace(shop.Id);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO shops (id, name, currency, time_zone, created_at) VALUES ($id, $name, $currency, $tz, $now)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, time_zone = excluded.time_zone
            """;
        command.Parameters.AddWithValue("$id", shop.Id);
        command.Parameters.AddWithValue("$name", shop.Name);
        command.Parameters.AddWithValue("$currency", shop.Currency);
        command.Parameters.AddWithValue("$tz", shop.TimeZone);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(DateTimeOffset.UtcNow));
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public Shop? FindShop(string shopId) => QueryShops("WHERE id = $id", shopId).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<Shop> ListShops() => QueryShops("", null);

    private List<Shop> QueryShops(string where, string? shopId)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, name, currency, time_zone FROM shops {where} ORDER BY id";
        if (shopId is not null)
        {
            command.Parameters.AddWithValue("$id", shopId);
        }

        using var reader = command.ExecuteReader();
        var shops = new List<Shop>();
        while (reader.Read())
        {
            shops.Add(new Shop(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return shops;
    }

    /// <inheritdoc />
    public IImportSession BeginImport(string shopId)
    {
        if (FindShop(shopId) is null)
        {
            throw new ArgumentException($"Shop '{shopId}' does not exist.", nameof(shopId));
        }

        return new SqliteImportSession(OpenConnection(), shopId);
    }

    /// <inheritdoc />
    public ShopStats GetStats(string shopId)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT
              (SELECT count(*) FROM customers WHERE shop_id = $s),
              (SELECT count(*) FROM items WHERE shop_id = $s),
              (SELECT count(*) FROM orders WHERE shop_id = $s),
              (SELECT count(*) FROM order_lines WHERE shop_id = $s),
              (SELECT count(*) FROM events WHERE shop_id = $s),
              (SELECT count(*) FROM spend WHERE shop_id = $s),
              (SELECT count(*) FROM campaigns WHERE shop_id = $s),
              (SELECT count(*) FROM campaign_sends WHERE shop_id = $s),
              (SELECT coalesce(sum(quantity * unit_price), 0) FROM order_lines WHERE shop_id = $s),
              (SELECT min(ordered_at) FROM orders WHERE shop_id = $s),
              (SELECT max(ordered_at) FROM orders WHERE shop_id = $s)
            """;
        command.Parameters.AddWithValue("$s", shopId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ShopStats(
            shopId,
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetInt64(2),
            reader.GetInt64(3),
            reader.GetInt64(4),
            reader.GetInt64(5),
            reader.GetInt64(6),
            reader.GetInt64(7),
            Math.Round((decimal)reader.GetDouble(8), 2),
            reader.IsDBNull(9) ? null : UnixTime.FromMilliseconds(reader.GetInt64(9)),
            reader.IsDBNull(10) ? null : UnixTime.FromMilliseconds(reader.GetInt64(10)));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Pooled connections hold the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
