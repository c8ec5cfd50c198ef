namespace Tailor.Data;

/// <summary>Writes a whole <see cref="ShopData"/> into a shop in one transaction, in batches.</summary>
public static class ShopDataWriter
{
    private const int Batch = 10_000;

    /// <summary>Upserts everything; writing the same data again changes nothing. Returns the rows changed.</summary>
    public static long Write(ITailorStore store, string shopId, ShopData data, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(data);
        var total = (double)(data.Customers.Count + data.Items.Count + data.Orders.Count + data.Events.Count
            + data.Spend.Count + data.CampaignSends.Count);
        var done = 0L;
        using var session = store.BeginImport(shopId);

        void InBatches<T>(IReadOnlyList<T> rows, Action<IReadOnlyList<T>> write)
        {
            for (var start = 0; start < rows.Count; start += Batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(Batch, rows.Count - start);
                write(rows switch
                {
                    T[] array => new ArraySegment<T>(array, start, count),
                    List<T> list => list.GetRange(start, count),
                    _ => rows.Skip(start).Take(count).ToList(),
                });
                done += count;
                progress?.Report(total == 0 ? 1 : done / total);
            }
        }

        // Customers and items first, so that the rows referring to them find them rather than placeholders.
        InBatches(data.Customers, session.UpsertCustomers);
        InBatches(data.Items, session.UpsertItems);
        InBatches(data.Orders, session.UpsertOrders);
        InBatches(data.Events, session.InsertEvents);
        InBatches(data.Spend, session.UpsertSpend);
        InBatches(data.CampaignSends, session.UpsertCampaignSends);
        session.Commit();
        progress?.Report(1);
        return session.Changes;
    }
}
