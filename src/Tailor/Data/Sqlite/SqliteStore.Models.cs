namespace Tailor.Data.Sqlite;

/// <summary>Model versions and per-customer reads.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public int SaveModel(string shopId, string kind, string? metricsJson, byte[] artefact)
    {
        ArgumentNullException.ThrowIfNull(artefact);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = InsertModel(connection, transaction, shopId, kind, metricsJson, artefact);
        transaction.Commit();
        return version;
    }

    /// <summary>Inserts the next version of a kind of model inside the caller's transaction and returns its number.</summary>
    private static int InsertModel(
        Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, string shopId, string kind, string? metricsJson,
        byte[] artefact)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO models (shop_id, kind, version, trained_at, metrics, artefact)
            VALUES ($s, $kind, (SELECT coalesce(max(version), 0) + 1 FROM models WHERE shop_id = $s AND kind = $kind), $at, $metrics, $artefact)
            RETURNING version
            """;
        command.Parameters.AddWithValue("$s", shopId);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$at", UnixTime.ToMilliseconds(DateTimeOffset.UtcNow));
        command.Parameters.AddWithValue("$metrics", (object?)metricsJson ?? DBNull.Value);
        command.Parameters.AddWithValue("$artefact", artefact);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public StoredModel? LoadLatestModel(string shopId, string kind) =>
        Query(shopId, """
            SELECT kind, version, trained_at, metrics, artefact FROM models
            WHERE shop_id = $s AND kind = $kind
            ORDER BY version DESC LIMIT 1
            """,
            r => new StoredModel(r.GetString(0), r.GetInt32(1), UnixTime.FromMilliseconds(r.GetInt64(2)), NullableString(r, 3),
                (byte[])r.GetValue(4)),
            CancellationToken.None, ("$kind", kind)).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<StoredModel> ListModels(string shopId) =>
        Query(shopId, "SELECT kind, version, trained_at, metrics FROM models WHERE shop_id = $s ORDER BY trained_at DESC, version DESC",
            r => new StoredModel(r.GetString(0), r.GetInt32(1), UnixTime.FromMilliseconds(r.GetInt64(2)), NullableString(r, 3), []),
            CancellationToken.None).ToList();

    /// <inheritdoc />
    public CustomerActivity? ReadCustomerActivity(string shopId, string customerId)
    {
        var customer = Query(shopId, """
                SELECT external_id, created_at, country, region, attributes, consent_personalization, consent_email,
                  consent_analytics, id
                FROM customers WHERE shop_id = $s AND external_id = $c AND erased = 0
                """,
                r => (Customer: new Customer(r.GetString(0), UnixTime.FromMilliseconds(r.GetInt64(1)), NullableString(r, 2),
                    NullableString(r, 3), NullableString(r, 4), new Consent(r.GetBoolean(5), r.GetBoolean(6), r.GetBoolean(7))),
                    Id: r.GetInt64(8)),
                CancellationToken.None, ("$c", customerId)).FirstOrDefault();
        if (customer.Customer is null)
        {
            return null;
        }

        var lines = Query(shopId, """
                SELECT o.external_id, o.ordered_at, o.channel, o.country, l.line_no, i.external_id, l.quantity, l.unit_price
                FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN items i ON i.id = l.item_id
                WHERE o.customer_id = $id ORDER BY o.ordered_at, o.id, l.line_no
                """,
                r => (Order: r.GetString(0), At: r.GetInt64(1), Channel: NullableString(r, 2), Country: NullableString(r, 3),
                    Line: new OrderLine(r.GetInt32(4), r.GetString(5), r.GetInt32(6), (decimal)r.GetDouble(7))),
                CancellationToken.None, ("$id", customer.Id)).ToList();
        var orders = lines.GroupBy(l => l.Order, StringComparer.Ordinal)
            .Select(g => new Order(g.Key, customerId, UnixTime.FromMilliseconds(g.First().At), g.First().Channel, g.First().Country,
                g.Select(l => l.Line).ToArray()))
            .ToList();
        var events = Query(shopId, """
                SELECT e.session_id, i.external_id, e.type, e.value, e.quantity, e.channel, e.occurred_at, e.idempotency_key
                FROM events e LEFT JOIN items i ON i.id = e.item_id
                WHERE e.customer_id = $id ORDER BY e.occurred_at, e.id
                """,
                r => new ShopEvent(customerId, NullableString(r, 0), NullableString(r, 1), r.GetString(2),
                    r.IsDBNull(3) ? null : r.GetDouble(3), r.IsDBNull(4) ? null : r.GetInt32(4), NullableString(r, 5),
                    UnixTime.FromMilliseconds(r.GetInt64(6)), r.GetString(7)),
                CancellationToken.None, ("$id", customer.Id)).ToList();
        return new CustomerActivity(customer.Customer, orders, events);
    }
}
