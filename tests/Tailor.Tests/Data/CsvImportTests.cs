using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Tests.Data;

public sealed class CsvImportTests : IDisposable
{
    private readonly TempStore _db = new();

    private ImportReport Import(DataKind kind, string content, ImportFormat format = ImportFormat.Tailor) =>
        new CsvImporter(_db.Store).Import(_db.ShopId, kind, _db.File($"{kind}-{Guid.NewGuid():N}.csv", content), format);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Customers_are_imported_with_consent_and_attributes()
    {
        var report = Import(DataKind.Customers, """
            customer_id,created_at,country,region,consent_personalization,consent_email,consent_analytics,attributes
            c1,2024-03-01T10:00:00Z,NL,Utrecht,true,yes,0,"{""tier"":""gold""}"
            c2,,UK,,,,,
            """);

        Assert.Equal((2, 2, 0), (report.Read, report.Accepted, report.Rejected));
        var customers = _db.Store.ReadCustomers(_db.ShopId).ToDictionary(c => c.ExternalId);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), customers["c1"].CreatedAt);
        Assert.Equal(new Consent(true, true, false), customers["c1"].Consent);
        Assert.Equal("{\"tier\":\"gold\"}", customers["c1"].Attributes);
        Assert.Equal(Consent.Default, customers["c2"].Consent);
        Assert.Null(customers["c2"].Region);
    }

    [Fact]
    public void Tab_separated_gzip_files_are_read()
    {
        var path = Path.Combine(_db.Directory, "items.tsv.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write("item_id\ttitle\tprice\ttags\nA1\tBlue mug\t7.50\tkitchen|gift\n");
        }

        var report = new CsvImporter(_db.Store).Import(_db.ShopId, DataKind.Items, path);

        Assert.Equal(1, report.Accepted);
        var item = Assert.Single(_db.Store.ReadItems(_db.ShopId));
        Assert.Equal(("Blue mug", 7.50m), (item.Title, item.Price));
        Assert.Equal(["kitchen", "gift"], item.Tags);
    }

    public static TheoryData<DataKind, string, string, string> BadRows => new()
    {
        { DataKind.Customers, "customer_id,created_at\n,2024-01-01\n", "customer_id", "is required but empty" },
        { DataKind.Customers, "customer_id,created_at\nc1,2024-02-30\n", "created_at", "'2024-02-30' is not a date-time" },
        { DataKind.Customers, "customer_id,consent_email\nc1,maybe\n", "consent_email", "'maybe' is not true or false" },
        { DataKind.Customers, "customer_id,attributes\nc1,[1]\n", "attributes", "is not a JSON object" },
        { DataKind.Items, "item_id,title\nA1,\n", "title", "is required but empty" },
        { DataKind.Items, "item_id,title,kind\nA1,Mug,service\n", "kind", "is not product or content" },
        { DataKind.Items, "item_id,title,price\nA1,Mug,cheap\n", "price", "'cheap' is not a number" },
        { DataKind.Items, "item_id,title,price\nA1,Mug,-1\n", "price", "must not be negative" },
        { DataKind.Items, "item_id,title,stock\nA1,Mug,2.5\n", "stock", "is not a whole number" },
        { DataKind.Orders, "order_id,timestamp,item_id,quantity,unit_price\nO1,2024-01-01,A1,0,2\n", "quantity", "must not be 0" },
        { DataKind.Orders, "order_id,timestamp,item_id,quantity,unit_price\nO1,2024-01-01,A1,1,-2\n", "unit_price", "must not be negative" },
        { DataKind.Orders, "order_id,timestamp,item_id,quantity,unit_price\nO1,yesterday,A1,1,2\n", "timestamp", "'yesterday' is not a date-time" },
        { DataKind.Orders, "order_id,timestamp,item_id,quantity,unit_price\nO1,2024-01-01,,1,2\n", "item_id", "is required but empty" },
        { DataKind.Orders, "order_id,timestamp,item_id,quantity,unit_price,line\nO1,2024-01-01,A1,1,2,0\n", "line", "must be 1 or more" },
        { DataKind.Events, "type,timestamp,customer_id,session_id\nview,2024-01-01,,\n", "customer_id", "needs a customer_id or a session_id" },
        { DataKind.Events, "type,timestamp,customer_id,value\nrating,2024-01-01,c1,NaN\n", "value", "'NaN' is not a number" },
        { DataKind.Spend, "channel,date,amount\nsearch,01/02/2024,5\n", "date", "is not a date (YYYY-MM-DD)" },
        { DataKind.Spend, "channel,date,amount\nsearch,2024-01-02,-5\n", "amount", "must not be negative" },
        { DataKind.Spend, "channel,date,amount,clicks\nsearch,2024-01-02,5,-1\n", "clicks", "must not be negative" },
        { DataKind.Campaigns, "campaign_id,channel,customer_id,sent_at,opened\nK1,email,c1,2024-01-01,perhaps\n", "opened", "is not true or false" },
        { DataKind.Spend, "channel,date,amount\nsearch,2024-01-02,5,extra\n", "*", "the row has 4 fields but the header has 3" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_is_rejected_with_line_column_and_reason_and_good_rows_are_kept(
        DataKind kind, string content, string column, string reason)
    {
        // The same file with a good row before the bad one: the good one must survive.
        var layout = CsvLayout.For(kind);
        var header = content[..content.IndexOf('\n', StringComparison.Ordinal)];
        var good = GoodRow(kind, header.Split(','));
        var file = header + "\n" + good + "\n" + content[(header.Length + 1)..];

        var report = Import(kind, file);

        Assert.Equal(2, report.Read);
        Assert.Equal(1, report.Accepted);
        Assert.Equal(1, report.Rejected);
        var error = Assert.Single(report.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.NotNull(layout);
        Assert.Equal(1, Count(kind));
    }

    [Fact]
    public void An_order_keeps_one_customer_and_explicit_lines_are_unique()
    {
        var report = Import(DataKind.Orders, """
            order_id,timestamp,item_id,quantity,unit_price,customer_id,line
            O1,2024-01-01 10:00:00,A1,1,2.5,c1,1
            O1,2024-01-01 10:00:00,A2,1,3,c2,2
            O1,2024-01-01 10:00:00,A3,1,3,c1,1
            O1,2024-01-01 10:00:00,A4,2,3,c1,2
            """);

        Assert.Equal((4, 2, 2), (report.Read, report.Accepted, report.Rejected));
        Assert.Contains("already belongs to customer 'c1' (line 2)", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("already has a line 1", report.Errors[1].Reason, StringComparison.Ordinal);
        var order = Assert.Single(_db.Store.ReadOrders(_db.ShopId));
        Assert.Equal(["A1", "A4"], order.Lines.Select(l => l.ItemId));
    }

    [Fact]
    public void A_campaign_has_one_channel()
    {
        var report = Import(DataKind.Campaigns, """
            campaign_id,channel,customer_id,sent_at
            K1,email,c1,2024-01-01T09:00:00Z
            K1,sms,c2,2024-01-01T09:00:00Z
            """);

        Assert.Equal(1, report.Rejected);
        Assert.Contains("was sent by 'email' on line 2", report.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Orders_and_events_create_the_customers_and_items_they_reference()
    {
        var report = Import(DataKind.Orders, """
            order_id,timestamp,item_id,quantity,unit_price,customer_id
            O1,2024-01-01 10:00:00,A1,1,2.5,c1
            O2,2024-01-02 10:00:00,A2,-1,3,
            """);

        Assert.Equal(new PlaceholderCounts(Customers: 1, Items: 2), report.Placeholders);
        var orders = _db.Store.ReadOrders(_db.ShopId).ToList();
        Assert.Null(orders[1].CustomerId);
        Assert.Equal(-1, orders[1].Lines[0].Quantity);
        Assert.Equal(["A1", "A2"], _db.Store.ReadItems(_db.ShopId).Select(i => i.ExternalId));
    }

    [Fact]
    public void Reimporting_the_same_files_changes_nothing()
    {
        var files = new Dictionary<DataKind, string>
        {
            [DataKind.Customers] = "customer_id,country\nc1,NL\nc2,BE\n",
            [DataKind.Items] = "item_id,title,price\nA1,Mug,2.5\nA2,Cup,3\n",
            [DataKind.Orders] = "order_id,timestamp,item_id,quantity,unit_price,customer_id\nO1,2024-01-01,A1,1,2.5,c1\nO1,2024-01-01,A2,2,3,c1\n",
            [DataKind.Events] = "type,timestamp,customer_id,item_id\nview,2024-01-01T10:00:00Z,c1,A1\nview,2024-01-01T10:00:05Z,c1,A2\n",
            [DataKind.Spend] = "channel,date,amount\nsearch,2024-01-01,10\n",
            [DataKind.Campaigns] = "campaign_id,channel,customer_id,sent_at,opened\nK1,email,c1,2024-01-01T09:00:00Z,true\n",
        };
        var paths = files.ToDictionary(f => f.Key, f => _db.File(f.Key + ".csv", f.Value));
        var importer = new CsvImporter(_db.Store);
        foreach (var (kind, path) in paths)
        {
            Assert.True(importer.Import(_db.ShopId, kind, path).Changes > 0);
        }

        var before = _db.Store.GetStats(_db.ShopId);
        foreach (var (kind, path) in paths)
        {
            var again = importer.Import(_db.ShopId, kind, path);
            Assert.Equal(0, again.Changes);
            Assert.Equal(again.Read, again.Accepted);
        }

        Assert.Equal(before, _db.Store.GetStats(_db.ShopId));
    }

    [Fact]
    public void A_changed_row_is_updated_in_place()
    {
        Import(DataKind.Items, "item_id,title,price\nA1,Mug,2.5\n");
        var report = Import(DataKind.Items, "item_id,title,price\nA1,Mug,2.75\n");

        Assert.Equal(1, report.Changes);
        Assert.Equal(2.75m, Assert.Single(_db.Store.ReadItems(_db.ShopId)).Price);
    }

    [Fact]
    public void Timestamps_without_an_offset_are_read_in_the_shop_time_zone()
    {
        _db.Store.EnsureShop(new Shop(_db.ShopId, "Amsterdam shop", "EUR", "Europe/Amsterdam"));
        Import(DataKind.Events, """
            type,timestamp,customer_id
            view,2024-07-01 12:00:00,c1
            view,2024-07-01T12:00:00Z,c2
            """);

        var events = _db.Store.ReadEvents(_db.ShopId).OrderBy(e => e.CustomerId, StringComparer.Ordinal).ToList();
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero), events[0].Timestamp);
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero), events[1].Timestamp);
    }

    [Fact]
    public void Unknown_columns_are_reported_and_header_names_are_matched_loosely()
    {
        var report = Import(DataKind.Customers, "Customer ID,Country,favourite_colour\nc1,NL,blue\n");

        Assert.Equal(1, report.Accepted);
        Assert.Equal(["favourite_colour"], report.IgnoredColumns);
        Assert.Equal("NL", Assert.Single(_db.Store.ReadCustomers(_db.ShopId)).Country);
    }

    private static string GoodRow(DataKind kind, string[] header)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["customer_id"] = "good1", ["created_at"] = "2024-01-01", ["consent_email"] = "true", ["attributes"] = "{}",
            ["item_id"] = "good1", ["title"] = "Mug", ["kind"] = "product", ["price"] = "2", ["stock"] = "3",
            ["order_id"] = "good1", ["timestamp"] = "2024-01-01", ["quantity"] = "1", ["unit_price"] = "2", ["line"] = "1",
            ["type"] = "view", ["session_id"] = "s1", ["value"] = "4", ["channel"] = "search", ["date"] = "2024-01-01",
            ["amount"] = "5", ["clicks"] = "3", ["campaign_id"] = "good1", ["sent_at"] = "2024-01-01", ["opened"] = "true",
        };
        return string.Join(',', header.Select(h => values[h]));
    }

    private long Count(DataKind kind)
    {
        var stats = _db.Store.GetStats(_db.ShopId);
        return kind switch
        {
            DataKind.Customers => stats.Customers,
            DataKind.Items => stats.Items,
            DataKind.Orders => stats.Orders,
            DataKind.Events => stats.Events,
            DataKind.Spend => stats.SpendRows,
            DataKind.Campaigns => stats.CampaignSends,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
