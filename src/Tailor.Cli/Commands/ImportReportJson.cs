using Tailor.Data.Csv;

namespace Tailor.Cli.Commands;

/// <summary>The JSON contract of `tailor import --json`.</summary>
internal sealed record ImportReportJson(
    string Kind,
    string Format,
    long Read,
    long Accepted,
    long Rejected,
    IReadOnlyList<RowError> Errors,
    bool ErrorsTruncated,
    long Changes,
    object Placeholders,
    IReadOnlyList<string> IgnoredColumns,
    double Seconds)
{
    public static ImportReportJson From(ImportReport report) => new(
        report.Kind.ToString().ToLowerInvariant(),
        report.Format,
        report.Read,
        report.Accepted,
        report.Rejected,
        report.Errors,
        report.Errors.Count < report.Rejected,
        report.Changes,
        new { customers = report.Placeholders.Customers, items = report.Placeholders.Items },
        report.IgnoredColumns,
        Math.Round(report.Elapsed.TotalSeconds, 3));
}
