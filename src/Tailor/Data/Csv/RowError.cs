namespace Tailor.Data.Csv;

/// <summary>Why one row was rejected.</summary>
/// <param name="Line">Line of the row in the file, the header being line 1.</param>
/// <param name="Column">The column at fault, as named in the file's header (or the layout's name when missing).</param>
/// <param name="Reason">What is wrong, in words a person can act on.</param>
public sealed record RowError(long Line, string Column, string Reason);
