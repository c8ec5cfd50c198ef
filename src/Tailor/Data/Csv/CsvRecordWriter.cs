using System.Globalization;

namespace Tailor.Data.Csv;

/// <summary>Writes RFC 4180 rows: a field is quoted when it holds the delimiter, a quote or a line break.</summary>
public sealed class CsvRecordWriter(TextWriter writer)
{
    private bool _rowStarted;

    public void Field(string? value)
    {
        if (_rowStarted)
        {
            writer.Write(',');
        }

        _rowStarted = true;
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    public void Field(long? value) => Field(value?.ToString(CultureInfo.InvariantCulture));

    public void Field(double? value) => Field(value?.ToString("R", CultureInfo.InvariantCulture));

    public void Field(decimal? value) => Field(value?.ToString(CultureInfo.InvariantCulture));

    public void Field(bool value) => Field(value ? "true" : "false");

    public void Field(DateTimeOffset? value) =>
        Field(value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture));

    public void Field(DateOnly value) => Field(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void EndRow()
    {
        writer.Write('\n');
        _rowStarted = false;
    }

    public void Header(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Field(name);
        }

        EndRow();
    }
}
