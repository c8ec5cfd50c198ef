using System.Globalization;
using Sylvan.Data.Csv;
using Tailor.Recommend;
using Tailor.Recommend.Evaluation;

namespace Tailor.Bench;

/// <summary>
/// The Online Retail recommendation protocol: customers with an id, non-cancelled lines with a
/// positive quantity, one interaction per (customer, item); train = lines before 2011-09-01; test =
/// distinct pairs bought on or after it by customers who bought before it, minus pairs bought before.
/// </summary>
internal static class OnlineRetailSplit
{
    public static readonly DateTimeOffset Cutoff = new(2011, 9, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<Interaction> ReadPurchases(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { Comment = '\0' });
        var purchases = new List<Interaction>();
        while (csv.Read())
        {
            var invoice = csv.GetString(0);
            var customer = csv.GetString(6).Trim();
            if (customer.Length == 0 || invoice.StartsWith('C')
                || !int.TryParse(csv.GetString(3), CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
            {
                continue;
            }

            var at = DateTimeOffset.ParseExact(csv.GetString(4), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal);
            purchases.Add(new Interaction(customer.EndsWith(".0", StringComparison.Ordinal) ? customer[..^2] : customer,
                csv.GetString(1).Trim(), 1, at));
        }

        return purchases;
    }

    public static DataSplit Split(string path) => Splits.Temporal(ReadPurchases(path), Cutoff);
}
