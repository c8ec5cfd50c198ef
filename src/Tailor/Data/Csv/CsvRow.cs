using Sylvan.Data.Csv;

namespace Tailor.Data.Csv;

/// <summary>The current row of a file, read as spans so that valid rows allocate only what they keep.</summary>
internal sealed class CsvRow(CsvDataReader reader)
{
    /// <summary>Line of the row, the header being line 1 (a row with quoted line breaks counts once).</summary>
    public long Line => reader.RowNumber + 1;

    /// <summary>Fields in this row; a well-formed row has as many as the header.</summary>
    public int FieldCount => reader.RowFieldCount;

    /// <summary>The trimmed field, or empty when the column is absent (ordinal -1) or the row is short.</summary>
    public ReadOnlySpan<char> this[int ordinal] =>
        ordinal < 0 || ordinal >= reader.RowFieldCount ? default : reader.GetFieldSpan(ordinal).Trim();

    /// <summary>The trimmed field as a string, or null when empty.</summary>
    public string? Text(int ordinal)
    {
        var span = this[ordinal];
        return span.IsEmpty ? null : span.ToString();
    }
}
