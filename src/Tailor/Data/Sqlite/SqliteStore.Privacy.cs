namespace Tailor.Data.Sqlite;

/// <summary>Consent, erasure and retiring items.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public bool UpdateConsent(string shopId, string customerId, Consent consent) =>
        Execute("""
            UPDATE customers SET consent_personalization = $p, consent_email = $e, consent_analytics = $a
            WHERE shop_id = $s AND external_id = $c
            """, shopId, ("$c", customerId), ("$p", consent.Personalization), ("$e", consent.EmailMarketing), ("$a", consent.Analytics)) > 0;

    /// <inheritdoc />
    public bool EraseCustomer(string shopId, string customerId)
    {
        using var connection = OpenConnection();
        // Deleted rows otherwise linger in free pages and in old WAL frames: zero them, then fold the WAL
        // into the file and truncate it, so the data is gone from the disk and not just unreachable.
        Execute(connection, "PRAGMA secure_delete = ON;");
        bool erased;
        using (var transaction = connection.BeginTransaction(deferred: false))
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            // Events and sends go with the row (ON DELETE CASCADE); orders keep their lines but lose the name (SET NULL).
            command.CommandText = "DELETE FROM customers WHERE shop_id = $s AND external_id = $c";
            command.Parameters.AddWithValue("$s", shopId);
            command.Parameters.AddWithValue("$c", customerId);
            erased = command.ExecuteNonQuery() > 0;
            transaction.Commit();
        }

        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA secure_delete = OFF;");
        return erased;
    }

    /// <inheritdoc />
    public bool RetireItem(string shopId, string itemId) =>
        Execute("UPDATE items SET available = 0 WHERE shop_id = $s AND external_id = $i", shopId, ("$i", itemId)) > 0;

    private int Execute(string sql, string shopId, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", shopId);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }
}
