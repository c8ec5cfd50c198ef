using Tailor.Customers;
using Tailor.Data;
using Tailor.Reports;
using Tailor.Simulation;

namespace Tailor.Tests.Reports;

public sealed class SegmentSalesTests : IDisposable
{
    private readonly TempStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Cells_sum_into_the_grid_the_segments_and_the_clusters()
    {
        SegmentCell[] cells =
        [
            new(5, 5, 5, "Champions", "champions", 0, 3, 300m),
            new(5, 5, 4, "Champions", "champions", 1, 2, 150m),
            new(1, 1, 1, "Lost", "hibernating", 1, 4, 20m),
            new(2, 1, 2, "Hibernating", "hibernating", null, 1, 5.5m),
        ];

        var sales = SegmentSales.From(cells);

        // 25 cells read like the grid: top row F = 5 from R = 1 to 5, bottom row F = 1.
        Assert.Equal(25, sales.Grid.Count);
        Assert.Equal((1, 5), (sales.Grid[0].R, sales.Grid[0].F));
        Assert.Equal((5, 1), (sales.Grid[^1].R, sales.Grid[^1].F));
        Assert.Equal(new SegmentTotals(5, 450m), sales.Grid.Single(c => c is { R: 5, F: 5 }).Totals);
        Assert.Equal(new SegmentTotals(4, 20m), sales.Grid.Single(c => c is { R: 1, F: 1 }).Totals);
        Assert.Equal(SegmentTotals.None, sales.Grid.Single(c => c is { R: 3, F: 3 }).Totals);
        // Each cell carries the R/F preset's name for it, even when empty.
        Assert.Equal("champions", sales.Grid.Single(c => c is { R: 5, F: 5 }).Segment);
        Assert.Equal("need attention", sales.Grid.Single(c => c is { R: 3, F: 3 }).Segment);
        Assert.Equal("new customers", sales.Grid.Single(c => c is { R: 5, F: 1 }).Segment);

        Assert.Equal(new SegmentTotals(5, 450m), sales.Rfm11["Champions"]);
        Assert.Equal(new SegmentTotals(6, 170m), sales.Clusters[1]);
        Assert.Equal(new SegmentTotals(3, 300m), sales.Clusters[0]);
        Assert.Equal(new SegmentTotals(10, 475.5m), sales.All);
    }

    [Fact]
    public void The_store_s_cells_hold_each_analysed_customer_once_with_all_they_spent()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 300, Items = 40, Days = 365, Seed = 11 });
        ShopDataWriter.Write(_db.Store, _db.ShopId, shop.Data);
        var (_, expected) = CustomerAnalytics.Analyse(shop.Data, new CustomerAnalyticsOptions());
        CustomerAnalytics.TrainAndStore(_db.Store, _db.ShopId, new CustomerAnalyticsOptions());

        var cells = _db.Store.ReadSegmentCells(_db.ShopId);

        // Spend per customer from the orders themselves, summed per RFM segment.
        var spent = shop.Data.Orders.Where(o => o.CustomerId is not null)
            .GroupBy(o => o.CustomerId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Lines.Sum(l => l.Quantity * l.UnitPrice)), StringComparer.Ordinal);
        Assert.Equal(expected.Count, cells.Sum(c => c.Customers));
        foreach (var segment in expected.GroupBy(c => c.Rfm.Rfm11))
        {
            var revenue = segment.Sum(c => spent.GetValueOrDefault(c.CustomerId));
            var stored = cells.Where(c => c.Rfm11 == segment.Key).ToList();
            Assert.Equal(segment.Count(), stored.Sum(c => c.Customers));
            Assert.Equal((double)revenue, (double)stored.Sum(c => c.Revenue), 0.01 * stored.Count + 0.01);
        }

        // Erasing a customer takes them out of the cells at once.
        var gone = expected[0];
        Assert.True(_db.Store.EraseCustomer(_db.ShopId, gone.CustomerId));
        Assert.Equal(expected.Count - 1, _db.Store.ReadSegmentCells(_db.ShopId).Sum(c => c.Customers));
    }
}
