using Tailor.Data;
using Tailor.Data.Csv;
using Tailor.Simulation;

namespace Tailor.Tests.Data;

public sealed class ShopDataWriterTests
{
    private static readonly SimulatedShop Shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 150, Items = 60, Days = 120 });

    [Fact]
    public void A_simulated_shop_loads_completely_and_loading_it_again_changes_nothing()
    {
        using var db = new TempStore();

        var first = ShopDataWriter.Write(db.Store, db.ShopId, Shop.Data);
        var second = ShopDataWriter.Write(db.Store, db.ShopId, Shop.Data);

        var stats = db.Store.GetStats(db.ShopId);
        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Equal(Shop.Customers.Count, stats.Customers);
        Assert.Equal(Shop.Items.Count, stats.Items);
        Assert.Equal(Shop.Orders.Count, stats.Orders);
        Assert.Equal(Shop.Orders.Sum(o => o.Lines.Count), stats.OrderLines);
        Assert.Equal(Shop.Events.Count, stats.Events);
        Assert.Equal(Shop.Spend.Count, stats.SpendRows);
        Assert.Equal(Shop.CampaignSends.Count, stats.CampaignSends);
    }

    [Fact]
    public void Every_kind_of_a_simulated_shop_survives_export_and_import()
    {
        using var source = new TempStore();
        using var target = new TempStore();
        ShopDataWriter.Write(source.Store, source.ShopId, Shop.Data);

        // Customers and items first, as a shop moving its data would.
        foreach (var kind in Enum.GetValues<DataKind>())
        {
            var path = Path.Combine(source.Directory, $"{kind}.csv.gz");
            new CsvExporter(source.Store).Export(source.ShopId, kind, path);
            var report = new CsvImporter(target.Store).Import(target.ShopId, kind, path);
            Assert.Equal(0, report.Rejected);
        }

        Assert.Equal(source.Store.GetStats(source.ShopId), target.Store.GetStats(target.ShopId));
        Assert.Equal(source.Store.ReadOrders(source.ShopId), target.Store.ReadOrders(target.ShopId), OrderComparer.Instance);
        Assert.Equal(source.Store.ReadCustomers(source.ShopId), target.Store.ReadCustomers(target.ShopId));
    }

    private sealed class OrderComparer : IEqualityComparer<Order>
    {
        public static readonly OrderComparer Instance = new();

        public bool Equals(Order? x, Order? y) =>
            x is not null && y is not null && x with { Lines = [] } == y with { Lines = [] } && x.Lines.SequenceEqual(y.Lines);

        public int GetHashCode(Order obj) => obj.ExternalId.GetHashCode(StringComparison.Ordinal);
    }
}
