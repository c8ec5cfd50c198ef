namespace Tailor.Data.Csv;

/// <summary>Rows of a customers file.</summary>
internal sealed class CustomerRows(ColumnMap columns, ImportContext context) : RowImporter(columns)
{
    private readonly List<Customer> _batch = [];

    public override int Pending => _batch.Count;

    protected override RowError? AcceptWellFormed(CsvRow row)
    {
        if (!TryText(row, "customer_id", out var id, out var error))
        {
            return error;
        }

        if (!TryOptional<DateTimeOffset>(row, "created_at", context.TryTimestamp, "a date-time (ISO 8601)", out var created, out error)
            || !TryOptional<bool>(row, "consent_personalization", FieldParser.TryBool, "true or false", out var personalization, out error)
            || !TryOptional<bool>(row, "consent_email", FieldParser.TryBool, "true or false", out var email, out error)
            || !TryOptional<bool>(row, "consent_analytics", FieldParser.TryBool, "true or false", out var analytics, out error))
        {
            return error;
        }

        var attributes = row.Text(Columns["attributes"]);
        if (attributes is not null && !ImportContext.IsJsonObject(attributes))
        {
            return Invalid(row, "attributes", attributes, "a JSON object");
        }

        var defaults = Consent.Default;
        _batch.Add(new Customer(id, created ?? context.Now, row.Text(Columns["country"]), row.Text(Columns["region"]),
            attributes, new Consent(personalization ?? defaults.Personalization, email ?? defaults.EmailMarketing,
                analytics ?? defaults.Analytics)));
        return null;
    }

    public override void Flush(IImportSession session)
    {
        session.UpsertCustomers(_batch);
        _batch.Clear();
    }
}
