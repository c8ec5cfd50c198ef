using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Tests.Data;

/// <summary>A file that is not what the layout expects fails with one message and changes nothing.</summary>
public sealed class FileFailureTests : IDisposable
{
    private readonly TempStore _db = new();

    public void Dispose() => _db.Dispose();

    private void AssertFailsAndChangesNothing(string path, string expectedMessagePart, DataKind kind = DataKind.Customers)
    {
        new CsvImporter(_db.Store).Import(_db.ShopId, DataKind.Customers, _db.File("seed.csv", "customer_id\nseed\n"));
        var before = _db.Store.GetStats(_db.ShopId);

        var failure = Assert.Throws<ImportFailedException>(() => new CsvImporter(_db.Store).Import(_db.ShopId, kind, path));

        Assert.Contains(expectedMessagePart, failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, _db.Store.GetStats(_db.ShopId));
    }

    [Fact]
    public void A_missing_file() =>
        AssertFailsAndChangesNothing(Path.Combine(_db.Directory, "nope.csv"), "does not exist");

    [Fact]
    public void An_empty_file() => AssertFailsAndChangesNothing(_db.File("empty.csv", ""), "is empty");

    [Fact]
    public void A_binary_file()
    {
        var path = Path.Combine(_db.Directory, "picture.csv");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        AssertFailsAndChangesNothing(path, "is not");
    }

    [Fact]
    public void A_file_that_is_not_utf8()
    {
        var path = Path.Combine(_db.Directory, "latin1.csv");
        File.WriteAllBytes(path, [.. "customer_id,country\nc1,"u8, 0xC9, .. "ire\n"u8]);
        AssertFailsAndChangesNothing(path, "not UTF-8");
    }

    [Fact]
    public void A_file_without_the_required_columns() =>
        AssertFailsAndChangesNothing(_db.File("items.csv", "item_id,price\nA1,2\n"),
            "lacks the required column(s) title", DataKind.Items);

    [Fact]
    public void A_semicolon_separated_file() =>
        AssertFailsAndChangesNothing(_db.File("excel.csv", "customer_id;country\nc1;NL\n"), "separates columns with ';'");

    [Fact]
    public void A_gz_file_that_is_not_gzip() =>
        AssertFailsAndChangesNothing(_db.File("plain.csv.gz", "customer_id\nc1\n"), "not gzip-compressed");

    [Fact]
    public void Online_retail_format_is_only_for_orders()
    {
        var failure = Assert.Throws<ImportFailedException>(() => new CsvImporter(_db.Store).Import(
            _db.ShopId, DataKind.Items, _db.File("x.csv", "InvoiceNo\n1\n"), ImportFormat.OnlineRetail));
        Assert.Contains("holds orders", failure.Message, StringComparison.Ordinal);
    }
}
