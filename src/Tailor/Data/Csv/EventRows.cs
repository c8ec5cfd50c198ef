namespace Tailor.Data.Csv;

/// <summary>Rows of an events file.</summary>
internal sealed class EventRows(ColumnMap columns, ImportContext context) : RowImporter(columns)
{
    private readonly List<ShopEvent> _batch = [];

    public override int Pending => _batch.Count;

    protected override RowError? AcceptWellFormed(CsvRow row)
    {
        var type = row.Text(Columns["type"])?.ToLowerInvariant();
        if (type is null)
        {
            return Missing(row, "type");
        }

        var customerId = row.Text(Columns["customer_id"]);
        var sessionId = row.Text(Columns["session_id"]);
        if (customerId is null && sessionId is null)
        {
            return Error(row, Columns["customer_id"] >= 0 ? "customer_id" : "session_id",
                "an event needs a customer_id or a session_id");
        }

        if (!TryRequired<DateTimeOffset>(row, "timestamp", context.TryTimestamp, "a date-time (ISO 8601)", out var timestamp, out var error)
            || !TryOptional<double>(row, "value", FieldParser.TryDouble, "a number", out var value, out error)
            || !TryOptional<int>(row, "quantity", FieldParser.TryInt, "a whole number", out var quantity, out error))
        {
            return error;
        }

        var itemId = row.Text(Columns["item_id"]);
        var channel = row.Text(Columns["channel"]);
        var key = row.Text(Columns["idempotency_key"])
            ?? EventKeys.Derive(customerId, sessionId, itemId, type, value, quantity, channel, timestamp);
        _batch.Add(new ShopEvent(customerId, sessionId, itemId, type, value, quantity, channel, timestamp, key));
        return null;
    }

    public override void Flush(IImportSession session)
    {
        session.InsertEvents(_batch);
        _batch.Clear();
    }
}
