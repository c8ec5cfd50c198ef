using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Tests.Data;

/// <summary>docs/data-formats.md must describe every column the importer reads, and mark the required ones.</summary>
public sealed class DocsTests
{
    [Fact]
    public void Data_formats_document_every_column_of_every_layout()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "data-formats.md"));

        foreach (var kind in Enum.GetValues<DataKind>())
        {
            var heading = $"## {kind.ToString().ToLowerInvariant()}\n";
            var start = docs.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"no section for {kind}");
            var end = docs.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            var section = docs[start..(end < 0 ? docs.Length : end)];
            foreach (var column in CsvLayout.For(kind).Columns)
            {
                var cell = column.Required ? $"| **{column.Name}** |" : $"| {column.Name} |";
                Assert.True(section.Contains(cell, StringComparison.Ordinal), $"{kind}: '{cell}' is not documented");
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tailor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tests run inside the repository.");
    }
}
