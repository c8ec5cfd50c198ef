namespace Tailor.Data.Csv;

/// <summary>Where each column of a layout sits in a file's header.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _ordinals;
    private readonly IReadOnlyList<string> _rawHeader;

    private ColumnMap(Dictionary<string, int> ordinals, IReadOnlyList<string> rawHeader, IReadOnlyList<string> ignored)
    {
        _ordinals = ordinals;
        _rawHeader = rawHeader;
        Ignored = ignored;
    }

    /// <summary>Header columns no layout column matched.</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>Number of columns in the header.</summary>
    public int Width => _rawHeader.Count;

    /// <summary>Matches a header to a layout; fails the whole file when a required column is missing.</summary>
    public static ColumnMap Create(
        IReadOnlyList<string> layoutNames, IReadOnlyList<string> requiredNames, CsvInput input, string path, string what)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < input.Header.Count; i++)
        {
            var name = input.Header[i];
            if (layoutNames.Contains(name) && !ordinals.TryAdd(name, i))
            {
                throw new ImportFailedException($"File '{path}' has the column '{input.RawHeader[i]}' twice.");
            }
        }

        var missing = requiredNames.Where(name => !ordinals.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
        {
            throw new ImportFailedException(
                $"File '{path}' is not a {what} file: it lacks the required column(s) {string.Join(", ", missing)}. " +
                $"Its header is: {string.Join(", ", input.RawHeader)}. Expected columns: {string.Join(", ", layoutNames)} " +
                "(see docs/data-formats.md).");
        }

        var ignored = input.RawHeader.Where((_, i) => !ordinals.ContainsValue(i)).ToArray();
        return new ColumnMap(ordinals, input.RawHeader, ignored);
    }

    /// <summary>Ordinal of a layout column, or -1 when the file does not have it.</summary>
    public int this[string name] => _ordinals.TryGetValue(name, out var ordinal) ? ordinal : -1;

    /// <summary>The column's name as the file spells it, for error messages.</summary>
    public string NameOf(string layoutName) =>
        _ordinals.TryGetValue(layoutName, out var ordinal) ? _rawHeader[ordinal] : layoutName;
}
