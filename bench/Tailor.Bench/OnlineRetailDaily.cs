using System.Globalization;
using System.IO.Compression;
using Sylvan.Data.Csv;

namespace Tailor.Bench;

/// <summary>
/// Daily quantity per category from the UCI Online Retail file. The file has no categories and the
/// importer assigns none, so the category is the product noun, the last word of the description
/// ("WHITE HANGING HEART T-LIGHT HOLDER" is a HOLDER), plurals joined to their singular. Rows are taken as the
/// importer takes them (no zero quantities or negative prices; negative quantities only on "C"
/// cancellation invoices), cancellations are netted on their day, every calendar day from the first to
/// the last invoice is present (the shop's closed Saturdays are zeros) and a day that nets below zero
/// counts as zero.
/// </summary>
internal static class OnlineRetailDaily
{
    /// <summary>How the series are built, for the report.</summary>
    public const string Describe = "daily units from 2010-12-01 to 2011-12-09 with cancellations netted (374 days, Saturdays closed)";

    public static List<NamedSeries> Categories(string path, int count)
    {
        var byCategory = new Dictionary<string, Dictionary<DateOnly, double>>(StringComparer.Ordinal);
        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        using (var file = File.OpenRead(path))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var text = new StreamReader(gzip))
        using (var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { Comment = '\0' }))
        {
            while (csv.Read())
            {
                var cancellation = csv.GetString(0).StartsWith('C');
                if (!int.TryParse(csv.GetString(3), CultureInfo.InvariantCulture, out var quantity) || quantity == 0
                    || (quantity < 0) != cancellation
                    || !decimal.TryParse(csv.GetString(5), CultureInfo.InvariantCulture, out var price) || price < 0)
                {
                    continue;
                }

                var day = DateOnly.FromDateTime(DateTime.ParseExact(csv.GetString(4), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                first = day < first ? day : first;
                last = day > last ? day : last;
                if (Category(csv.GetString(2)) is not { } category)
                {
                    continue;
                }

                if (!byCategory.TryGetValue(category, out var days))
                {
                    byCategory[category] = days = [];
                }

                days[day] = days.GetValueOrDefault(day) + quantity;
            }
        }

        var length = last.DayNumber - first.DayNumber + 1;
        var totals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (word, days) in byCategory)
        {
            // A plural joins its singular when the singular names products too (CANDLES and CANDLE), but
            // CHRISTMAS stays itself.
            var category = word.Length > 3 && word.EndsWith('S') && byCategory.ContainsKey(word[..^1]) ? word[..^1] : word;
            if (!totals.TryGetValue(category, out var values))
            {
                totals[category] = values = new double[length];
            }

            foreach (var (day, quantity) in days)
            {
                values[day.DayNumber - first.DayNumber] += quantity;
            }
        }

        var series = new List<NamedSeries>();
        foreach (var (category, values) in totals)
        {
            for (var t = 0; t < values.Length; t++)
            {
                values[t] = Math.Max(values[t], 0);
            }

            series.Add(new NamedSeries(category, values));
        }

        return [.. series.OrderByDescending(s => s.Values.Sum()).ThenBy(s => s.Name, StringComparer.Ordinal).Take(count)];
    }

    /// <summary>The last word of letters of the description, upper case; null when there is none.</summary>
    internal static string? Category(string description)
    {
        var end = description.Length;
        while (end > 0 && !char.IsAsciiLetter(description[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsAsciiLetter(description[start - 1]))
        {
            start--;
        }

        if (end - start < 2)
        {
            return null;
        }

        return description[start..end].ToUpperInvariant();
    }
}
