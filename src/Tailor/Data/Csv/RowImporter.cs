namespace Tailor.Data.Csv;

/// <summary>A parser of one field, as <see cref="FieldParser"/> offers.</summary>
internal delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T value);

/// <summary>
/// Turns rows of one file layout into records and hands them to the store in batches. Subclasses
/// validate each row completely before keeping anything from it, so a rejected row leaves no trace.
/// </summary>
internal abstract class RowImporter(ColumnMap columns)
{
    /// <summary>Rows kept before the batch goes to the store; large enough to amortise, small enough for memory.</summary>
    public const int BatchRows = 8192;

    protected ColumnMap Columns { get; } = columns;

    public IReadOnlyList<string> IgnoredColumns => Columns.Ignored;

    /// <summary>Rows accepted but not yet written.</summary>
    public abstract int Pending { get; }

    /// <summary>Validates a row and keeps it, or says why not.</summary>
    public RowError? Accept(CsvRow row) =>
        row.FieldCount != Columns.Width
            ? new RowError(row.Line, "*",
                $"the row has {row.FieldCount} fields but the header has {Columns.Width}; quote values that contain the delimiter")
            : AcceptWellFormed(row);

    protected abstract RowError? AcceptWellFormed(CsvRow row);

    /// <summary>Writes the kept rows.</summary>
    public abstract void Flush(IImportSession session);

    /// <summary>Reads a required text column.</summary>
    protected bool TryText(CsvRow row, string column, out string value, out RowError? error)
    {
        var text = row.Text(Columns[column]);
        value = text ?? "";
        error = text is null ? Missing(row, column) : null;
        return text is not null;
    }

    /// <summary>Parses an optional column: empty gives null, a bad value gives an error.</summary>
    protected bool TryOptional<T>(CsvRow row, string column, SpanParser<T> parse, string expected, out T? value,
        out RowError? error)
        where T : struct
    {
        var text = row[Columns[column]];
        error = null;
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (parse(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        error = Invalid(row, column, text, expected);
        return false;
    }

    /// <summary>Parses a required column.</summary>
    protected bool TryRequired<T>(CsvRow row, string column, SpanParser<T> parse, string expected, out T value,
        out RowError? error)
    {
        var text = row[Columns[column]];
        value = default!;
        if (text.IsEmpty)
        {
            error = Missing(row, column);
            return false;
        }

        if (!parse(text, out value))
        {
            error = Invalid(row, column, text, expected);
            return false;
        }

        error = null;
        return true;
    }

    protected RowError Error(CsvRow row, string column, string reason) => new(row.Line, Columns.NameOf(column), reason);

    protected RowError Missing(CsvRow row, string column) => Error(row, column, "is required but empty");

    protected RowError Invalid(CsvRow row, string column, ReadOnlySpan<char> value, string expected) =>
        Error(row, column, $"'{Shorten(value)}' is not {expected}");

    private static string Shorten(ReadOnlySpan<char> value) =>
        value.Length <= 40 ? value.ToString() : string.Concat(value[..37], "...");
}
