using System.IO.Compression;
using System.Text;

namespace Tailor.Data.Csv;

/// <summary>Writes a shop's rows of one kind in the same layout the importer reads, so export then import is a round trip.</summary>
public sealed class CsvExporter(ITailorStore store)
{
    /// <summary>Writes the file (gzip-compressed when the path ends in .gz) and returns the number of rows.</summary>
    public long Export(string shopId, DataKind kind, string path, CancellationToken cancellationToken = default)
    {
        if (store.FindShop(shopId) is null)
        {
            throw new ArgumentException($"Shop '{shopId}' does not exist.", nameof(shopId));
        }

        var temporary = path + ".partial";
        long rows;
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                   ? new GZipStream(file, CompressionLevel.Fastest)
                   : (Stream)file)
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
        {
            var csv = new CsvRecordWriter(text);
            csv.Header(CsvLayout.For(kind).Names);
            rows = kind switch
            {
                DataKind.Customers => WriteAll(store.ReadCustomers(shopId, cancellationToken), csv, WriteCustomer),
                DataKind.Items => WriteAll(store.ReadItems(shopId, cancellationToken), csv, WriteItem),
                DataKind.Orders => WriteOrders(store.ReadOrders(shopId, cancellationToken), csv),
                DataKind.Events => WriteAll(store.ReadEvents(shopId, cancellationToken), csv, WriteEvent),
                DataKind.Spend => WriteAll(store.ReadSpend(shopId, cancellationToken), csv, WriteSpend),
                DataKind.Campaigns => WriteAll(store.ReadCampaignSends(shopId, cancellationToken), csv, WriteSend),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown data kind."),
            };
        }

        // Written aside and moved into place, so a reader never sees half a file.
        File.Move(temporary, path, overwrite: true);
        return rows;
    }

    private static long WriteAll<T>(IEnumerable<T> rows, CsvRecordWriter csv, Action<CsvRecordWriter, T> write)
    {
        long count = 0;
        foreach (var row in rows)
        {
            write(csv, row);
            csv.EndRow();
            count++;
        }

        return count;
    }

    private static void WriteCustomer(CsvRecordWriter csv, Customer c)
    {
        csv.Field(c.ExternalId);
        csv.Field(c.CreatedAt);
        csv.Field(c.Country);
        csv.Field(c.Region);
        csv.Field(c.Consent.Personalization);
        csv.Field(c.Consent.EmailMarketing);
        csv.Field(c.Consent.Analytics);
        csv.Field(c.Attributes);
    }

    private static void WriteItem(CsvRecordWriter csv, Item i)
    {
        csv.Field(i.ExternalId);
        csv.Field(i.Title);
        csv.Field(ItemKinds.ToText(i.Kind));
        csv.Field(i.Description);
        csv.Field(i.Category);
        csv.Field(i.Tags.Count == 0 ? null : string.Join('|', i.Tags));
        csv.Field(i.Price);
        csv.Field(i.Cost);
        csv.Field(i.Stock);
        csv.Field(i.Available);
        csv.Field(i.CreatedAt);
        csv.Field(i.Attributes);
    }

    private static long WriteOrders(IEnumerable<Order> orders, CsvRecordWriter csv)
    {
        long rows = 0;
        foreach (var o in orders)
        {
            foreach (var line in o.Lines)
            {
                csv.Field(o.ExternalId);
                csv.Field(o.Timestamp);
                csv.Field(line.ItemId);
                csv.Field(line.Quantity);
                csv.Field(line.UnitPrice);
                csv.Field(o.CustomerId);
                csv.Field(o.Channel);
                csv.Field(o.Country);
                csv.Field(line.LineNumber);
                csv.EndRow();
                rows++;
            }
        }

        return rows;
    }

    private static void WriteEvent(CsvRecordWriter csv, ShopEvent e)
    {
        csv.Field(e.Type);
        csv.Field(e.Timestamp);
        csv.Field(e.CustomerId);
        csv.Field(e.SessionId);
        csv.Field(e.ItemId);
        csv.Field(e.Value);
        csv.Field(e.Quantity);
        csv.Field(e.Channel);
        csv.Field(e.IdempotencyKey);
    }

    private static void WriteSpend(CsvRecordWriter csv, Spend s)
    {
        csv.Field(s.Channel);
        csv.Field(s.Date);
        csv.Field(s.Amount);
        csv.Field(s.Impressions);
        csv.Field(s.Clicks);
        csv.Field(s.Conversions);
        csv.Field(s.Revenue);
    }

    private static void WriteSend(CsvRecordWriter csv, CampaignSend s)
    {
        csv.Field(s.CampaignId);
        csv.Field(s.Channel);
        csv.Field(s.CustomerId);
        csv.Field(s.SentAt);
        csv.Field(s.Segment);
        csv.Field(s.Variant);
        csv.Field(s.Opened);
        csv.Field(s.Clicked);
        csv.Field(s.Converted);
        csv.Field(s.Unsubscribed);
        csv.Field(s.Revenue);
    }
}
