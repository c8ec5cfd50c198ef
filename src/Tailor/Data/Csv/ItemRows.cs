namespace Tailor.Data.Csv;

/// <summary>Rows of an items file.</summary>
internal sealed class ItemRows(ColumnMap columns, ImportContext context) : RowImporter(columns)
{
    private readonly List<Item> _batch = [];

    public override int Pending => _batch.Count;

    protected override RowError? AcceptWellFormed(CsvRow row)
    {
        if (!TryText(row, "item_id", out var id, out var error)
            || !TryText(row, "title", out var title, out error))
        {
            return error;
        }

        if (!ItemKinds.TryParse(row[Columns["kind"]], out var kind))
        {
            return Invalid(row, "kind", row[Columns["kind"]], "product or content");
        }

        if (!TryOptional<decimal>(row, "price", FieldParser.TryDecimal, "a number", out var price, out error)
            || !TryOptional<decimal>(row, "cost", FieldParser.TryDecimal, "a number", out var cost, out error)
            || !TryOptional<int>(row, "stock", FieldParser.TryInt, "a whole number", out var stock, out error)
            || !TryOptional<bool>(row, "available", FieldParser.TryBool, "true or false", out var available, out error)
            || !TryOptional<DateTimeOffset>(row, "created_at", context.TryTimestamp, "a date-time (ISO 8601)", out var created, out error))
        {
            return error;
        }

        if (price < 0)
        {
            return Error(row, "price", "must not be negative");
        }

        if (cost < 0)
        {
            return Error(row, "cost", "must not be negative");
        }

        var attributes = row.Text(Columns["attributes"]);
        if (attributes is not null && !ImportContext.IsJsonObject(attributes))
        {
            return Invalid(row, "attributes", attributes, "a JSON object");
        }

        var tags = row.Text(Columns["tags"]) is { } t
            ? t.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        _batch.Add(new Item(id, kind, title, row.Text(Columns["description"]), row.Text(Columns["category"]), tags, price,
            cost, stock, available ?? true, attributes, created));
        return null;
    }

    public override void Flush(IImportSession session)
    {
        session.UpsertItems(_batch);
        _batch.Clear();
    }
}
