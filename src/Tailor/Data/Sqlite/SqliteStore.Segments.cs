using Tailor.Customers;

namespace Tailor.Data.Sqlite;

/// <summary>The dashboard's segments page: segment sizes with what their customers spent.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public IReadOnlyList<SegmentCell> ReadSegmentCells(string shopId) =>
        // Each customer's spend through the orders_by_customer index (a correlated subquery), as SearchCustomers does.
        Query(shopId, $"""
            SELECT i.r, i.f, i.m, i.rfm11, i.rf10, i.cluster, count(*),
              coalesce(sum((SELECT sum(l.quantity * l.unit_price) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = c.id)), 0)
            {LatestInsights}
            GROUP BY i.r, i.f, i.m, i.rfm11, i.rf10, i.cluster
            ORDER BY i.r, i.f, i.m, i.rfm11, i.rf10, i.cluster
            """,
            r => new SegmentCell(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5), r.GetInt32(6),
                Math.Round((decimal)r.GetDouble(7), 2)),
            CancellationToken.None).ToList();
}
