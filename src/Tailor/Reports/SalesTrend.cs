namespace Tailor.Reports;

/// <summary>
/// Orders and revenue over the shop's whole history in periods short enough to show movement and few
/// enough to read: days when the history fits in <see cref="MaxPoints"/> of them, else weeks, else months.
/// Periods without a sale are present with zeros, so a chart never draws a line across a gap as if sales went on;
/// periods the history covers only partly are marked (<see cref="SalesPoint.Complete"/>).
/// </summary>
/// <param name="Period">The length of each point.</param>
/// <param name="Points">One point per period from the first sale's to the last sale's, oldest first.</param>
public sealed record SalesTrend(TrendPeriod Period, IReadOnlyList<SalesPoint> Points)
{
    /// <summary>Most points a trend has before it moves to a longer period: 62.</summary>
    public const int MaxPoints = 62;

    /// <summary>Groups hourly sales into the shop's local days, then into the period that fits.</summary>
    /// <param name="hours">Sales per UTC hour, in any order.</param>
    /// <param name="zone">The shop's time zone: a sale belongs to the local day it happened on.</param>
    public static SalesTrend Build(IReadOnlyList<Data.HourlySales> hours, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        if (hours.Count == 0)
        {
            return new SalesTrend(TrendPeriod.Day, []);
        }

        var days = new SortedDictionary<DateOnly, (int Orders, decimal Revenue)>();
        foreach (var hour in hours)
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(hour.Hour, zone).DateTime);
            var sum = days.GetValueOrDefault(day);
            days[day] = (sum.Orders + hour.Orders, sum.Revenue + hour.Revenue);
        }

        var first = days.Keys.First();
        var last = days.Keys.Last();
        var period = last.DayNumber - first.DayNumber + 1 <= MaxPoints ? TrendPeriod.Day
            : ((StartOf(last, TrendPeriod.Week).DayNumber - StartOf(first, TrendPeriod.Week).DayNumber) / 7) + 1 <= MaxPoints ? TrendPeriod.Week
            : TrendPeriod.Month;
        var points = new List<SalesPoint>();
        for (var start = StartOf(first, period); start <= last; start = Next(start, period))
        {
            points.Add(new SalesPoint(start, 0, 0, Complete: start >= first && Next(start, period) <= last.AddDays(1)));
        }

        foreach (var (day, sum) in days)
        {
            var index = IndexOf(StartOf(day, period), points[0].Start, period);
            var point = points[index];
            points[index] = point with { Orders = point.Orders + sum.Orders, Revenue = point.Revenue + sum.Revenue };
        }

        return new SalesTrend(period, points);
    }

    /// <summary>The first day of the period holding <paramref name="day"/>.</summary>
    public static DateOnly StartOf(DateOnly day, TrendPeriod period) => period switch
    {
        TrendPeriod.Day => day,
        // DayOfWeek counts from Sunday = 0; ISO weeks start on Monday.
        TrendPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    private static DateOnly Next(DateOnly start, TrendPeriod period) => period switch
    {
        TrendPeriod.Day => start.AddDays(1),
        TrendPeriod.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    private static int IndexOf(DateOnly start, DateOnly first, TrendPeriod period) => period switch
    {
        TrendPeriod.Day => start.DayNumber - first.DayNumber,
        TrendPeriod.Week => (start.DayNumber - first.DayNumber) / 7,
        _ => ((start.Year - first.Year) * 12) + start.Month - first.Month,
    };
}
