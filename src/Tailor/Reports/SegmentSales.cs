using Tailor.Customers;

namespace Tailor.Reports;

/// <summary>
/// Segment sizes and revenue of a shop's newest customer analytics, summed from its
/// <see cref="SegmentCell"/>s: the recency-by-frequency grid, the 11 RFM segments and the behavioural clusters.
/// </summary>
/// <param name="Grid">All 25 cells (5 scores each way), F from 5 down to 1 and R from 1 up to 5 within each (the grid's reading order), empty cells included.</param>
/// <param name="Rfm11">Totals per segment of the 11-segment preset that has customers.</param>
/// <param name="Clusters">Totals per behavioural cluster that has customers.</param>
/// <param name="All">Totals over every customer analysed.</param>
public sealed record SegmentSales(
    IReadOnlyList<RfmGridCell> Grid, IReadOnlyDictionary<string, SegmentTotals> Rfm11, IReadOnlyDictionary<int, SegmentTotals> Clusters, SegmentTotals All)
{
    /// <summary>Sums the cells.</summary>
    public static SegmentSales From(IEnumerable<SegmentCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var grid = new Dictionary<(int R, int F), SegmentTotals>();
        var rfm11 = new Dictionary<string, SegmentTotals>(StringComparer.Ordinal);
        var clusters = new Dictionary<int, SegmentTotals>();
        var all = SegmentTotals.None;
        foreach (var cell in cells)
        {
            grid[(cell.R, cell.F)] = grid.GetValueOrDefault((cell.R, cell.F), SegmentTotals.None).Add(cell.Customers, cell.Revenue);
            rfm11[cell.Rfm11] = rfm11.GetValueOrDefault(cell.Rfm11, SegmentTotals.None).Add(cell.Customers, cell.Revenue);
            if (cell.Cluster is { } cluster)
            {
                clusters[cluster] = clusters.GetValueOrDefault(cluster, SegmentTotals.None).Add(cell.Customers, cell.Revenue);
            }

            all = all.Add(cell.Customers, cell.Revenue);
        }

        var cellsInOrder = new List<RfmGridCell>(25);
        for (var f = RfmDefaults.Bins; f >= 1; f--)
        {
            for (var r = 1; r <= RfmDefaults.Bins; r++)
            {
                cellsInOrder.Add(new RfmGridCell(r, f, Rf10Segment(r, f), grid.GetValueOrDefault((r, f), SegmentTotals.None)));
            }
        }

        return new SegmentSales(cellsInOrder, rfm11, clusters, all);
    }

    /// <summary>The R/F preset's segment of a cell: the first box that holds it.</summary>
    private static string Rf10Segment(int r, int f) => RfmPresets.Rf10.First(rule => rule.Matches(r, f, 1)).Name;
}
