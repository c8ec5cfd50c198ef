using System.Globalization;
using Sylvan.Data.Csv;
using Tailor.Data.Csv;

namespace Tailor.Operations;

/// <summary>
/// Reads daily regressors from CSV: a <c>date</c> column (YYYY-MM-DD) and one numeric column per
/// regressor, such as <c>date,promo,holiday,price</c>. Rows may come in any order and may cover more
/// days than needed; every day asked for must be there.
/// </summary>
public static class RegressorCsv
{
    /// <summary>
    /// The regressors for <paramref name="days"/> days from <paramref name="start"/>. Throws an
    /// <see cref="ArgumentException"/> naming the line, column or first missing day at fault.
    /// </summary>
    public static Regressors Read(TextReader reader, DateOnly start, int days, string source = "regressors")
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (days < 1)
        {
            throw new ArgumentException($"Regressors are needed for at least one day (was {days}).", nameof(days));
        }

        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { Comment = '\0' });
        var names = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        int dateColumn = names.FindIndex(n => string.Equals(n, "date", StringComparison.OrdinalIgnoreCase));
        if (dateColumn < 0 || names.Count < 2)
        {
            throw new ArgumentException($"{source} needs a 'date' column and at least one regressor column; its header is {string.Join(",", names)}.");
        }

        var columns = names.Select((_, j) => j == dateColumn ? null : new double[days]).ToArray();
        var seen = new bool[days];
        while (csv.Read())
        {
            long line = csv.RowNumber + 1;
            string text = csv.GetString(dateColumn).Trim();
            if (!FieldParser.TryDate(text, out DateOnly date))
            {
                throw new ArgumentException($"{source}: line {line}: date '{text}' is not YYYY-MM-DD.");
            }

            int day = date.DayNumber - start.DayNumber;
            if (day < 0 || day >= days)
            {
                continue;
            }

            seen[day] = true;
            for (int j = 0; j < names.Count; j++)
            {
                if (columns[j] is { } column)
                {
                    string value = csv.GetString(j).Trim();
                    if (!FieldParser.TryDouble(value, out column[day]))
                    {
                        throw new ArgumentException($"{source}: line {line}: {names[j]} '{value}' is not a number.");
                    }
                }
            }
        }

        int missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw new ArgumentException(
                $"{source} has no row for {start.AddDays(missing).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; it must cover every day from {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {start.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        return new Regressors(
            [.. names.Where((_, j) => j != dateColumn)],
            [.. columns.Where(c => c is not null).Select(c => (IReadOnlyList<double>)c!)]);
    }
}
