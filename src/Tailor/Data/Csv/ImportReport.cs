namespace Tailor.Data.Csv;

/// <summary>The outcome of one import. <see cref="Accepted"/> + <see cref="Rejected"/> = <see cref="Read"/>.</summary>
/// <param name="Kind">What was imported.</param>
/// <param name="Format">The file layout: "tailor" or "online-retail".</param>
/// <param name="Read">Data rows read (the header not counted).</param>
/// <param name="Accepted">Rows that were valid and are now committed.</param>
/// <param name="Rejected">Rows that were not imported, each explained in <see cref="Errors"/> up to its cap.</param>
/// <param name="Errors">The first rejected rows with line, column and reason.</param>
/// <param name="Changes">Rows of the store inserted or changed; re-importing the same file gives 0.</param>
/// <param name="Placeholders">Customers and items created because rows referenced ones the shop did not know.</param>
/// <param name="IgnoredColumns">Header columns the layout does not use.</param>
/// <param name="Elapsed">Wall time of the import.</param>
public sealed record ImportReport(
    DataKind Kind,
    string Format,
    long Read,
    long Accepted,
    long Rejected,
    IReadOnlyList<RowError> Errors,
    long Changes,
    PlaceholderCounts Placeholders,
    IReadOnlyList<string> IgnoredColumns,
    TimeSpan Elapsed)
{
    /// <summary>How many row errors a report keeps; the counts are always complete.</summary>
    public const int MaxErrors = 10_000;
}
