namespace Tailor.Data.Csv;

/// <summary>One column of a file layout.</summary>
/// <param name="Name">Header name, lower case with underscores; matching ignores case, spaces and hyphens.</param>
/// <param name="Required">Whether the header must have it.</param>
/// <param name="Description">What goes in it, for docs and error messages.</param>
public sealed record CsvColumn(string Name, bool Required, string Description);
