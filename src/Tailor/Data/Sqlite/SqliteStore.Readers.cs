using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tailor.Data.Sqlite;

/// <summary>Streaming reads of whole tables, for export and training.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public IEnumerable<Customer> ReadCustomers(string shopId, CancellationToken cancellationToken = default) =>
        Query(shopId, """
            SELECT external_id, created_at, country, region, attributes, consent_personalization, consent_email,
              consent_analytics
            FROM customers WHERE shop_id = $s AND erased = 0 ORDER BY id
            """,
            r => new Customer(r.GetString(0), UnixTime.FromMilliseconds(r.GetInt64(1)), NullableString(r, 2),
                NullableString(r, 3), NullableString(r, 4), new Consent(r.GetBoolean(5), r.GetBoolean(6), r.GetBoolean(7))),
            cancellationToken);

    /// <inheritdoc />
    public IEnumerable<Item> ReadItems(string shopId, CancellationToken cancellationToken = default) =>
        Query(shopId, $"SELECT {ItemColumns} FROM items WHERE shop_id = $s ORDER BY id", MapItem, cancellationToken);

    /// <inheritdoc />
    public IEnumerable<Order> ReadOrders(string shopId, CancellationToken cancellationToken = default)
    {
        // One pass over a join sorted by order: lines of an order are contiguous, so each order is
        // emitted when the next one starts and memory stays flat.
        const string sql = """
            SELECT o.id, o.external_id, c.external_id, o.ordered_at, o.channel, o.country, l.line_no, i.external_id,
              l.quantity, l.unit_price
            FROM orders o
            LEFT JOIN customers c ON c.id = o.customer_id
            LEFT JOIN order_lines l ON l.order_id = o.id
            LEFT JOIN items i ON i.id = l.item_id
            WHERE o.shop_id = $s
            ORDER BY o.ordered_at, o.id, l.line_no
            """;
        long currentId = -1;
        Order? current = null;
        List<OrderLine> lines = [];
        foreach (var row in Query(shopId, sql, r => r, cancellationToken))
        {
            var id = row.GetInt64(0);
            if (id != currentId)
            {
                if (current is not null)
                {
                    yield return current with { Lines = lines };
                }

                currentId = id;
                lines = [];
                current = new Order(row.GetString(1), NullableString(row, 2), UnixTime.FromMilliseconds(row.GetInt64(3)),
                    NullableString(row, 4), NullableString(row, 5), lines);
            }

            if (!row.IsDBNull(6))
            {
                lines.Add(new OrderLine(row.GetInt32(6), row.GetString(7), row.GetInt32(8), (decimal)row.GetDouble(9)));
            }
        }

        if (current is not null)
        {
            yield return current with { Lines = lines };
        }
    }

    /// <inheritdoc />
    public IEnumerable<ShopEvent> ReadEvents(string shopId, CancellationToken cancellationToken = default) =>
        Query(shopId, """
            SELECT c.external_id, e.session_id, i.external_id, e.type, e.value, e.quantity, e.channel, e.occurred_at,
              e.idempotency_key
            FROM events e
            LEFT JOIN customers c ON c.id = e.customer_id
            LEFT JOIN items i ON i.id = e.item_id
            WHERE e.shop_id = $s ORDER BY e.occurred_at, e.id
            """,
            r => new ShopEvent(NullableString(r, 0), NullableString(r, 1), NullableString(r, 2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetInt32(5), NullableString(r, 6),
                UnixTime.FromMilliseconds(r.GetInt64(7)), r.GetString(8)),
            cancellationToken);

    /// <inheritdoc />
    public IEnumerable<Spend> ReadSpend(string shopId, CancellationToken cancellationToken = default) =>
        Query(shopId, """
            SELECT channel, day, amount, impressions, clicks, conversions, revenue
            FROM spend WHERE shop_id = $s ORDER BY day, channel
            """,
            r => new Spend(r.GetString(0), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                (decimal)r.GetDouble(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt64(4),
                r.IsDBNull(5) ? null : r.GetDouble(5), NullableDecimal(r, 6)),
            cancellationToken);

    /// <inheritdoc />
    public IEnumerable<CampaignSend> ReadCampaignSends(string shopId, CancellationToken cancellationToken = default) =>
        Query(shopId, """
            SELECT g.external_id, g.channel, s.segment, s.variant, c.external_id, s.sent_at, s.opened, s.clicked,
              s.converted, s.unsubscribed, s.revenue
            FROM campaign_sends s
            JOIN campaigns g ON g.id = s.campaign_id
            JOIN customers c ON c.id = s.customer_id
            WHERE s.shop_id = $s ORDER BY s.sent_at, g.id, c.id
            """,
            r => new CampaignSend(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3),
                r.GetString(4), UnixTime.FromMilliseconds(r.GetInt64(5)), r.GetBoolean(6), r.GetBoolean(7),
                r.GetBoolean(8), r.GetBoolean(9), NullableDecimal(r, 10)),
            cancellationToken);

    private const string ItemColumns =
        "external_id, kind, title, description, category, tags, price, cost, stock, available, attributes, created_at";

    /// <summary>An item from a row of <see cref="ItemColumns"/>.</summary>
    private static Item MapItem(SqliteDataReader r) =>
        new(
            r.GetString(0),
            r.GetString(1) == "content" ? ItemKind.Content : ItemKind.Product,
            r.GetString(2),
            NullableString(r, 3),
            NullableString(r, 4),
            r.IsDBNull(5) ? [] : r.GetString(5).Split('|'),
            NullableDecimal(r, 6),
            NullableDecimal(r, 7),
            r.IsDBNull(8) ? null : r.GetInt32(8),
            r.GetBoolean(9),
            NullableString(r, 10),
            r.IsDBNull(11) ? null : UnixTime.FromMilliseconds(r.GetInt64(11)));

    private IEnumerable<T> Query<T>(
        string shopId, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", shopId);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(reader);
        }
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static decimal? NullableDecimal(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : (decimal)reader.GetDouble(ordinal);
}
