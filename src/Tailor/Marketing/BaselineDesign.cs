namespace Tailor.Marketing;

/// <summary>
/// Columns of the log baseline: a piecewise-linear trend (hat functions, which together also act as
/// the intercept), day of week in sum-to-zero coding (so the trend is the level of an average
/// weekday), and yearly Fourier terms when the history covers enough years to tell a season from a trend.
/// </summary>
internal sealed class BaselineDesign
{
    private BaselineDesign(double[] values, int columns, int trendColumns, int weekdayColumns, int yearlyColumns, IReadOnlyList<string> events)
    {
        Events = events;
        Values = values;
        Columns = columns;
        TrendColumns = trendColumns;
        WeekdayColumns = weekdayColumns;
        YearlyColumns = yearlyColumns;
    }

    /// <summary>Design values, day-major: row t holds the <see cref="Columns"/> values of day t.</summary>
    public double[] Values { get; }

    public int Columns { get; }

    /// <summary>Trend hats come first.</summary>
    public int TrendColumns { get; }

    /// <summary>Then six weekday effects (Sunday is minus their sum).</summary>
    public int WeekdayColumns { get; }

    /// <summary>Then sine and cosine pairs of the yearly season.</summary>
    public int YearlyColumns { get; }

    /// <summary>Last come the named events, one indicator column each.</summary>
    public IReadOnlyList<string> Events { get; }

    public int Days => Values.Length / Columns;

    /// <param name="start">Date of day 0.</param>
    /// <param name="days">Number of days.</param>
    /// <param name="trendKnotDays">Days between trend knots.</param>
    /// <param name="yearlyHarmonics">Yearly sine and cosine pairs; 0 for none.</param>
    /// <param name="events">Event name per day or null; only events on a fitted day get a column.</param>
    /// <param name="firstDay">First day whose outcome is fitted.</param>
    public static BaselineDesign Build(DateOnly start, int days, int trendKnotDays, int yearlyHarmonics, IReadOnlyList<string?> events, int firstDay)
    {
        var names = events.Skip(firstDay).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var eventColumn = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var knots = Math.Max(2, (int)Math.Ceiling((days - 1) / (double)trendKnotDays) + 1);
        var spacing = Math.Max(1, days - 1) / (double)(knots - 1);
        var weekday = days >= 14 ? 6 : 0;
        var yearly = 2 * yearlyHarmonics;
        var columns = knots + weekday + yearly + names.Count;
        var values = new double[days * columns];
        for (var t = 0; t < days; t++)
        {
            var row = values.AsSpan(t * columns, columns);
            var position = t / spacing;
            var left = Math.Min(knots - 2, (int)Math.Floor(position));
            var fraction = position - left;
            row[left] = 1 - fraction;
            row[left + 1] = fraction;
            if (weekday > 0)
            {
                // Monday 0 .. Sunday 6; Sunday is the reference with -1 in every weekday column.
                var dow = ((int)start.AddDays(t).DayOfWeek + 6) % 7;
                for (var d = 0; d < 6; d++)
                {
                    row[knots + d] = dow == 6 ? -1 : dow == d ? 1 : 0;
                }
            }

            var date = start.AddDays(t);
            var angle = 2 * Math.PI * (date.DayOfYear - 1) / (DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0);
            for (var h = 0; h < yearlyHarmonics; h++)
            {
                row[knots + weekday + (2 * h)] = Math.Sin((h + 1) * angle);
                row[knots + weekday + (2 * h) + 1] = Math.Cos((h + 1) * angle);
            }

            if (events[t] is { } name && eventColumn.TryGetValue(name, out var column))
            {
                row[knots + weekday + yearly + column] = 1;
            }
        }

        return new BaselineDesign(values, columns, knots, weekday, yearly, names);
    }

    /// <summary>Log of the level of a day without yearly season or weekday: the trend alone.</summary>
    public double Trend(ReadOnlySpan<double> coefficients, int day)
    {
        var row = Values.AsSpan(day * Columns, TrendColumns);
        var sum = 0.0;
        for (var j = 0; j < row.Length; j++)
        {
            sum += row[j] * coefficients[j];
        }

        return sum;
    }

    /// <summary>Mean of the seven weekday multipliers: turns the trend level into an ordinary day's level.</summary>
    public double MeanWeekdayMultiplier(ReadOnlySpan<double> coefficients)
    {
        if (WeekdayColumns == 0)
        {
            return 1;
        }

        var sum = 0.0;
        var sunday = 0.0;
        for (var d = 0; d < 6; d++)
        {
            var effect = coefficients[TrendColumns + d];
            sum += Math.Exp(effect);
            sunday -= effect;
        }

        return (sum + Math.Exp(sunday)) / 7;
    }
}
