using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Tests.Data;

/// <summary>The store's dashboard part: users, data protection keys, and the summaries pages read, against hand-counted data.</summary>
public sealed class DashboardStoreTests
{
    private const string Orders = """
        order_id,customer_id,item_id,quantity,unit_price,timestamp
        o1,alice,mug,2,5.00,2024-03-01T10:15:00Z
        o1,alice,candle,1,12.50,2024-03-01T10:15:00Z
        o2,bob,mug,1,5.00,2024-03-01T10:45:00Z
        o3,bob,candle,3,12.00,2024-03-02T08:00:00Z
        o4,carol_x,mug,-1,5.00,2024-03-05T09:00:00Z
        """;

    private static TempStore WithOrders()
    {
        var db = new TempStore();
        new CsvImporter(db.Store).Import(db.ShopId, DataKind.Customers, db.File("c.csv", "customer_id,country\nalice,FR\nbob,DE\ncarol_x,FR\ncarol%,NL\n"));
        new CsvImporter(db.Store).Import(db.ShopId, DataKind.Items, db.File("i.csv", "item_id,title,category\nmug,Red mug,Kitchen\ncandle,Fig candle,Home/Candles\n"));
        var report = new CsvImporter(db.Store).Import(db.ShopId, DataKind.Orders, db.File("o.csv", Orders));
        Assert.Equal(0, report.Rejected);
        return db;
    }

    [Fact]
    public void Users_are_unique_by_name_ignoring_case_and_their_passwords_can_change()
    {
        using var db = new TempStore();
        db.Store.EnsureShop(new Shop("other", "Other"));

        Assert.True(db.Store.AddDashboardUser(db.ShopId, "Ann", "hash-1"));
        Assert.False(db.Store.AddDashboardUser("other", "ann", "hash-2"));
        Assert.True(db.Store.AddDashboardUser("other", "Ben", "hash-3"));
        Assert.Equal("hash-1", db.Store.FindDashboardUser("ANN")!.PasswordHash);
        Assert.Equal(db.ShopId, db.Store.FindDashboardUser("ann")!.ShopId);
        Assert.True(db.Store.SetDashboardPassword("ann", "hash-4"));
        Assert.Equal("hash-4", db.Store.FindDashboardUser("Ann")!.PasswordHash);
        Assert.Equal(["Ann"], db.Store.ListDashboardUsers(db.ShopId).Select(u => u.Name));
        Assert.True(db.Store.RemoveDashboardUser("ANN"));
        Assert.Null(db.Store.FindDashboardUser("Ann"));
        Assert.False(db.Store.SetDashboardPassword("Ann", "hash-5"));
        Assert.False(db.Store.RemoveDashboardUser("Ann"));
    }

    [Fact]
    public void Data_protection_keys_are_kept_once_each_in_order()
    {
        using var db = new TempStore();

        db.Store.SaveDashboardKey("key-1", "<key id=\"1\"/>");
        db.Store.SaveDashboardKey("key-2", "<key id=\"2\"/>");
        db.Store.SaveDashboardKey("key-1", "<key id=\"changed\"/>");

        Assert.Equal(["<key id=\"1\"/>", "<key id=\"2\"/>"], db.Store.ReadDashboardKeys());
    }

    [Fact]
    public void Hourly_sales_count_orders_and_net_revenue_per_utc_hour()
    {
        using var db = WithOrders();

        var hours = db.Store.ReadHourlySales(db.ShopId);

        // 10:00 holds o1 (2 x 5 + 12.50) and o2 (5); the return of o4 counts negative.
        Assert.Equal(
            [
                new HourlySales(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), 2, 27.50m),
                new HourlySales(new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero), 1, 36.00m),
                new HourlySales(new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero), 1, -5.00m),
            ],
            hours);
    }

    [Fact]
    public void Top_items_rank_by_revenue_since_a_time()
    {
        using var db = WithOrders();

        var all = db.Store.ReadTopItems(db.ShopId, DateTimeOffset.MinValue.AddYears(1), 10);
        var later = db.Store.ReadTopItems(db.ShopId, new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(
            [new ItemSales("candle", "Fig candle", "Home/Candles", 4, 2, 48.50m), new ItemSales("mug", "Red mug", "Kitchen", 2, 3, 10.00m)],
            all);
        Assert.Equal([new ItemSales("candle", "Fig candle", "Home/Candles", 3, 1, 36.00m)], later);
    }

    [Fact]
    public void Customer_search_matches_id_or_country_takes_wildcards_literally_and_puts_big_spenders_first()
    {
        using var db = WithOrders();

        var all = db.Store.SearchCustomers(db.ShopId, null, 10);
        var france = db.Store.SearchCustomers(db.ShopId, "fr", 10);
        var percent = db.Store.SearchCustomers(db.ShopId, "l%", 10);
        var underscore = db.Store.SearchCustomers(db.ShopId, "l_", 10);

        Assert.Equal(["bob", "alice", "carol%", "carol_x"], all.Select(c => c.CustomerId));
        Assert.Equal(new CustomerListing("bob", "DE", all[0].CreatedAt, 2, 41.00m, new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero)), all[0]);
        Assert.Equal(["alice", "carol_x"], france.Select(c => c.CustomerId));
        Assert.Equal(["carol%"], percent.Select(c => c.CustomerId));
        Assert.Equal(["carol_x"], underscore.Select(c => c.CustomerId));
        Assert.Equal(0, all[2].Orders);
        Assert.Null(all[2].LastOrderAt);
    }

    [Fact]
    public void Item_search_matches_id_title_or_category_by_title()
    {
        using var db = WithOrders();

        Assert.Equal(["candle"], db.Store.SearchItems(db.ShopId, "CANDLES", 10).Select(i => i.ExternalId));
        Assert.Equal(["candle", "mug"], db.Store.SearchItems(db.ShopId, "e", 10).Select(i => i.ExternalId));
        Assert.Equal("Red mug", db.Store.SearchItems(db.ShopId, "mug", 10).Single().Title);
        Assert.Empty(db.Store.SearchItems(db.ShopId, "%", 10));
    }
}
