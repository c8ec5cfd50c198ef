using System.Globalization;
using Sylvan.Data.Csv;
using Tailor.Data;
using Tailor.Recommend;
using Tailor.Recommend.Evaluation;

namespace Tailor.Bench;

/// <summary>
/// The Online Retail recommendation protocol: customers with an id, non-cancelled lines with a
/// positive quantity, one interaction per (customer, item); train = lines before 2011-09-01; test =
/// distinct pairs bought on or after it by customers who bought before it, minus pairs bought before.
/// The catalogue is what the lines before the cut-off say about each item (its first description as
/// the title, its latest price), as `tailor import --format online-retail` would have stored it then.
/// </summary>
internal static class OnlineRetailSplit
{
    public static readonly DateTimeOffset Cutoff = new(2011, 9, 1, 0, 0, 0, TimeSpan.Zero);

    public static (List<Interaction> Purchases, List<Item> Catalogue) Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { Comment = '\0' });
        var purchases = new List<Interaction>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var invoice = csv.GetString(0);
            if (invoice.StartsWith('C') || !int.TryParse(csv.GetString(3), CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
            {
                continue;
            }

            var at = DateTimeOffset.ParseExact(csv.GetString(4), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal);
            var item = csv.GetString(1).Trim();
            if (at < Cutoff)
            {
                titles.TryAdd(item, csv.GetString(2).Trim());
                if (decimal.TryParse(csv.GetString(5), CultureInfo.InvariantCulture, out var price) && price > 0)
                {
                    prices[item] = price;
                }
            }

            var customer = csv.GetString(6).Trim();
            if (customer.Length > 0)
            {
                purchases.Add(new Interaction(customer.EndsWith(".0", StringComparison.Ordinal) ? customer[..^2] : customer, item, 1, at));
            }
        }

        var catalogue = titles
            .Select(t => new Item(t.Key, ItemKind.Product, t.Value, null, null, [], prices.TryGetValue(t.Key, out var p) ? p : null, null, null, true, null, null))
            .ToList();
        return (purchases, catalogue);
    }

    public static (DataSplit Split, List<Item> Catalogue) Split(string path)
    {
        var (purchases, catalogue) = Read(path);
        return (Splits.Temporal(purchases, Cutoff), catalogue);
    }
}
