namespace Tailor.Data.Csv;

/// <summary>Rows of a marketing spend file: one channel on one day per row.</summary>
internal sealed class SpendRows(ColumnMap columns) : RowImporter(columns)
{
    private readonly List<Spend> _batch = [];

    public override int Pending => _batch.Count;

    protected override RowError? AcceptWellFormed(CsvRow row)
    {
        if (!TryText(row, "channel", out var channel, out var error))
        {
            return error;
        }

        if (!TryRequired<DateOnly>(row, "date", FieldParser.TryDate, "a date (YYYY-MM-DD)", out var date, out error)
            || !TryRequired<decimal>(row, "amount", FieldParser.TryDecimal, "a number", out var amount, out error)
            || !TryOptional<long>(row, "impressions", FieldParser.TryLong, "a whole number", out var impressions, out error)
            || !TryOptional<long>(row, "clicks", FieldParser.TryLong, "a whole number", out var clicks, out error)
            || !TryOptional<double>(row, "conversions", FieldParser.TryDouble, "a number", out var conversions, out error)
            || !TryOptional<decimal>(row, "revenue", FieldParser.TryDecimal, "a number", out var revenue, out error))
        {
            return error;
        }

        if (amount < 0)
        {
            return Error(row, "amount", "must not be negative");
        }

        if (impressions < 0 || clicks < 0)
        {
            return Error(row, impressions < 0 ? "impressions" : "clicks", "must not be negative");
        }

        _batch.Add(new Spend(channel, date, amount, impressions, clicks, conversions, revenue));
        return null;
    }

    public override void Flush(IImportSession session)
    {
        session.UpsertSpend(_batch);
        _batch.Clear();
    }
}
