using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Tests.Data;

public sealed class OnlineRetailImportTests : IDisposable
{
    private const string Sample = """
        InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
        536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom
        536365,71053,"AIRLINE LOUNGE,METAL SIGN",6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom
        536366,85123A,,2,2010-12-01 09:00:00,2.55,,France
        C536379,71053,WHITE METAL LANTERN,-1,2010-12-01 09:41:00,3.39,17850,United Kingdom
        536589,21777,,-10,2010-12-01 16:50:00,0,,United Kingdom
        A563186,B,Adjust bad debt,1,2011-08-12 14:51:00,-11062.06,,United Kingdom
        536367,84406B,CREAM CUPID HEARTS COAT HANGER,8,2010-12-01 08:34:00,2.75,13047,United Kingdom
        """;

    private readonly TempStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Invoices_become_orders_and_bad_lines_are_explained()
    {
        var report = new CsvImporter(_db.Store).Import(_db.ShopId, DataKind.Orders, _db.File("retail.csv", Sample),
            ImportFormat.OnlineRetail);

        Assert.Equal((7L, 5L, 2L), (report.Read, report.Accepted, report.Rejected));
        Assert.Equal((6L, "Quantity"), (report.Errors[0].Line, report.Errors[0].Column));
        Assert.Contains("stock adjustment", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Equal((7L, "UnitPrice"), (report.Errors[1].Line, report.Errors[1].Column));

        var orders = _db.Store.ReadOrders(_db.ShopId).ToDictionary(o => o.ExternalId);
        Assert.Equal(["536365", "536367", "536366", "C536379"], _db.Store.ReadOrders(_db.ShopId).Select(o => o.ExternalId));
        Assert.Equal("17850", orders["536365"].CustomerId);
        Assert.Equal(2, orders["536365"].Lines.Count);
        Assert.Null(orders["536366"].CustomerId);
        Assert.Equal("France", orders["536366"].Country);
        Assert.Equal(-1, Assert.Single(orders["C536379"].Lines).Quantity);

        var items = _db.Store.ReadItems(_db.ShopId).ToDictionary(i => i.ExternalId);
        Assert.Equal("AIRLINE LOUNGE,METAL SIGN", items["71053"].Title);
        Assert.Equal(3, items.Count);
        var customers = _db.Store.ReadCustomers(_db.ShopId).ToDictionary(c => c.ExternalId);
        Assert.Equal(["17850", "13047"], customers.Keys);
        Assert.Equal("United Kingdom", customers["17850"].Country);
        Assert.Equal(new DateTimeOffset(2010, 12, 1, 8, 26, 0, TimeSpan.Zero), customers["17850"].CreatedAt);
    }

    [Fact]
    public void A_later_description_names_an_item_first_seen_without_one()
    {
        var importer = new CsvImporter(_db.Store);
        importer.Import(_db.ShopId, DataKind.Orders, _db.File("a.csv",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n1,X1,,1,2010-12-01 08:00:00,1,,UK\n"),
            ImportFormat.OnlineRetail);
        importer.Import(_db.ShopId, DataKind.Orders, _db.File("b.csv",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n2,X1,RED MUG,1,2010-12-02 08:00:00,1,,UK\n"),
            ImportFormat.OnlineRetail);

        Assert.Equal("RED MUG", Assert.Single(_db.Store.ReadItems(_db.ShopId)).Title);
    }

    [Fact]
    public void A_description_later_in_the_same_file_names_the_item_and_an_earlier_sale_dates_the_customer()
    {
        var report = new CsvImporter(_db.Store).Import(_db.ShopId, DataKind.Orders, _db.File("a.csv", """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            1,X1,,1,2010-12-05 08:00:00,1,7,UK
            2,X1,RED MUG,1,2010-12-02 08:00:00,1,7,UK
            """), ImportFormat.OnlineRetail);

        Assert.Equal(2, report.Accepted);
        Assert.Equal("RED MUG", Assert.Single(_db.Store.ReadItems(_db.ShopId)).Title);
        Assert.Equal(new DateTimeOffset(2010, 12, 2, 8, 0, 0, TimeSpan.Zero), Assert.Single(_db.Store.ReadCustomers(_db.ShopId)).CreatedAt);
    }

    [OnlineRetailFact]
    public void The_whole_data_set_imports_with_every_rejection_explained_and_again_adds_nothing()
    {
        var path = SharedData.OnlineRetailPath ?? throw new InvalidOperationException("online_retail.csv.gz is missing on CI");
        var importer = new CsvImporter(_db.Store);

        var first = importer.Import(_db.ShopId, DataKind.Orders, path, ImportFormat.OnlineRetail);

        Assert.Equal(541_909, first.Read);
        Assert.Equal(first.Read, first.Accepted + first.Rejected);
        Assert.Equal(first.Rejected, first.Errors.Count);
        Assert.All(first.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        var stats = _db.Store.GetStats(_db.ShopId);
        Assert.Equal(first.Accepted, stats.OrderLines);
        Assert.Equal(4_372, stats.Customers);

        var second = importer.Import(_db.ShopId, DataKind.Orders, path, ImportFormat.OnlineRetail);

        Assert.Equal(0, second.Changes);
        Assert.Equal(stats, _db.Store.GetStats(_db.ShopId));
    }
}
