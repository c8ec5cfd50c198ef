using Microsoft.Data.Sqlite;

namespace Tailor.Data.Sqlite;

/// <summary>The dashboard: sign-in users, data protection keys, and the summaries its pages read.</summary>
public sealed partial class SqliteStore
{
    private const string UserColumns = "id, shop_id, name, password_hash, created_at, password_set_at";

    /// <inheritdoc />
    public bool AddDashboardUser(string shopId, string name, string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var now = UnixTime.ToMilliseconds(DateTimeOffset.UtcNow);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO dashboard_users (shop_id, name, password_hash, created_at, password_set_at)
            VALUES ($s, $name, $hash, $now, $now)
            ON CONFLICT (name) DO NOTHING
            """;
        command.Parameters.AddWithValue("$s", shopId);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$hash", passwordHash);
        command.Parameters.AddWithValue("$now", now);
        return command.ExecuteNonQuery() == 1;
    }

    /// <inheritdoc />
    public DashboardUser? FindDashboardUser(string name) =>
        ReadUsers($"SELECT {UserColumns} FROM dashboard_users WHERE name = $p", name).FirstOrDefault();

    /// <inheritdoc />
    public bool SetDashboardPassword(string name, string passwordHash)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE dashboard_users SET password_hash = $hash, password_set_at = $now WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$hash", passwordHash);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(DateTimeOffset.UtcNow));
        return command.ExecuteNonQuery() == 1;
    }

    /// <inheritdoc />
    public IReadOnlyList<DashboardUser> ListDashboardUsers(string shopId) =>
        ReadUsers($"SELECT {UserColumns} FROM dashboard_users WHERE shop_id = $p ORDER BY name", shopId);

    /// <inheritdoc />
    public bool RemoveDashboardUser(string name)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM dashboard_users WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteNonQuery() == 1;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ReadDashboardKeys()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM dashboard_keys ORDER BY created_at, name";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <inheritdoc />
    public void SaveDashboardKey(string name, string xml)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO dashboard_keys (name, xml, created_at) VALUES ($name, $xml, $now) ON CONFLICT (name) DO NOTHING";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$xml", xml);
        command.Parameters.AddWithValue("$now", UnixTime.ToMilliseconds(DateTimeOffset.UtcNow));
        command.ExecuteNonQuery();
    }

    // The summaries below sum each order's lines through the lines' primary key (a correlated subquery):
    // measured faster in SQLite than joining all lines and grouping, since order_lines has no shop index.

    /// <inheritdoc />
    public IReadOnlyList<HourlySales> ReadHourlySales(string shopId, CancellationToken cancellationToken = default) =>
        Query(shopId, """
            SELECT o.ordered_at / 3600000 AS hour, count(*),
              coalesce(sum((SELECT sum(l.quantity * l.unit_price) FROM order_lines l WHERE l.order_id = o.id)), 0)
            FROM orders o
            WHERE o.shop_id = $s
            GROUP BY hour ORDER BY hour
            """,
            r => new HourlySales(UnixTime.FromMilliseconds(r.GetInt64(0) * 3_600_000), r.GetInt32(1), Math.Round((decimal)r.GetDouble(2), 2)),
            cancellationToken).ToList();

    /// <inheritdoc />
    public IReadOnlyList<ItemSales> ReadTopItems(string shopId, DateTimeOffset since, int count) =>
        Query(shopId, """
            SELECT i.external_id, i.title, i.category, sum(l.quantity), count(DISTINCT l.order_id), sum(l.quantity * l.unit_price) AS revenue
            FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN items i ON i.id = l.item_id
            WHERE o.shop_id = $s AND o.ordered_at >= $since
            GROUP BY l.item_id
            ORDER BY revenue DESC, i.external_id
            LIMIT $n
            """,
            r => new ItemSales(r.GetString(0), r.GetString(1), NullableString(r, 2), r.GetInt64(3), r.GetInt32(4), Math.Round((decimal)r.GetDouble(5), 2)),
            CancellationToken.None, ("$since", UnixTime.ToMilliseconds(since)), ("$n", count)).ToList();

    /// <inheritdoc />
    public IReadOnlyList<CustomerListing> SearchCustomers(string shopId, string? text, int limit) =>
        Query(shopId, """
            SELECT c.external_id, c.country, c.created_at,
              (SELECT count(*) FROM orders o WHERE o.customer_id = c.id),
              coalesce((SELECT sum(l.quantity * l.unit_price) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = c.id), 0)
                AS revenue,
              (SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = c.id)
            FROM customers c
            WHERE c.shop_id = $s AND c.erased = 0
              AND ($q IS NULL OR c.external_id LIKE $q ESCAPE '\' OR c.country LIKE $q ESCAPE '\' OR c.region LIKE $q ESCAPE '\')
            ORDER BY revenue DESC, c.external_id
            LIMIT $n
            """,
            r => new CustomerListing(r.GetString(0), NullableString(r, 1), UnixTime.FromMilliseconds(r.GetInt64(2)), r.GetInt32(3),
                Math.Round((decimal)r.GetDouble(4), 2), r.IsDBNull(5) ? null : UnixTime.FromMilliseconds(r.GetInt64(5))),
            CancellationToken.None, ("$q", string.IsNullOrWhiteSpace(text) ? (object)DBNull.Value : Contains(text)), ("$n", limit)).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Item> SearchItems(string shopId, string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Query(shopId, $"""
            SELECT {ItemColumns} FROM items
            WHERE shop_id = $s AND (external_id LIKE $q ESCAPE '\' OR title LIKE $q ESCAPE '\' OR category LIKE $q ESCAPE '\')
            ORDER BY title COLLATE NOCASE, external_id LIMIT $n
            """, MapItem, CancellationToken.None, ("$q", Contains(text)), ("$n", limit)).ToList();
    }

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, its own % and _ taken literally.</summary>
    private static string Contains(string text) =>
        "%" + text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private List<DashboardUser> ReadUsers(string sql, string parameter)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        using var reader = command.ExecuteReader();
        var users = new List<DashboardUser>();
        while (reader.Read())
        {
            users.Add(Read(reader));
        }

        return users;
    }

    private static DashboardUser Read(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), UnixTime.FromMilliseconds(r.GetInt64(4)),
            UnixTime.FromMilliseconds(r.GetInt64(5)));
}
