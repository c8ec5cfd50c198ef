namespace Tailor.Data.Csv;

/// <summary>Rows of an orders file: one row per order line.</summary>
internal sealed class OrderRows(ColumnMap columns, ImportContext context) : RowImporter(columns)
{
    private readonly OrderBatch _orders = new();

    public override int Pending => _orders.PendingLines;

    protected override RowError? AcceptWellFormed(CsvRow row)
    {
        if (!TryText(row, "order_id", out var orderId, out var error)
            || !TryText(row, "item_id", out var itemId, out error))
        {
            return error;
        }

        if (!TryRequired<DateTimeOffset>(row, "timestamp", context.TryTimestamp, "a date-time (ISO 8601)", out var timestamp, out error)
            || !TryRequired<int>(row, "quantity", FieldParser.TryInt, "a whole number", out var quantity, out error)
            || !TryRequired<decimal>(row, "unit_price", FieldParser.TryDecimal, "a number", out var price, out error)
            || !TryOptional<int>(row, "line", FieldParser.TryInt, "a whole number", out var line, out error))
        {
            return error;
        }

        if (quantity == 0)
        {
            return Error(row, "quantity", "must not be 0");
        }

        if (price < 0)
        {
            return Error(row, "unit_price", "must not be negative; record refunds as lines with a negative quantity");
        }

        if (line < 1)
        {
            return Error(row, "line", "must be 1 or more");
        }

        var customerId = row.Text(Columns["customer_id"]);
        if (_orders.Conflict(orderId, customerId, line) is { } conflict)
        {
            return Error(row, line is null ? "customer_id" : "line", conflict);
        }

        _orders.Add(row.Line, orderId, customerId, timestamp, row.Text(Columns["channel"]), row.Text(Columns["country"]),
            itemId, quantity, price, line);
        return null;
    }

    public override void Flush(IImportSession session) => _orders.Flush(session);
}
