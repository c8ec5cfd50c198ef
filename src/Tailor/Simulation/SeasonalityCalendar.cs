using System.Collections.Frozen;
using Tailor.Marketing;

namespace Tailor.Simulation;

/// <summary>
/// The shop's demand calendar: weekly rhythm, a yearly curve with a December peak and a summer dip,
/// and the retail events a gift shop lives on.
/// </summary>
internal static class SeasonalityCalendar
{
    // How much each retail event moves purchase intensity; the dates come from the retail calendar.
    private static readonly FrozenDictionary<string, double> HolidayFactors = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["Black Friday"] = 2.3,
        ["Black Friday weekend"] = 1.5,
        ["Cyber Monday"] = 1.8,
        ["Mother's Day run-up"] = 1.3,
        ["Valentine's run-up"] = 1.25,
        ["Valentine's Day"] = 1.1,
        ["Christmas run-up"] = 1.2,
        ["Christmas Eve"] = 0.6,
        ["Christmas Day"] = 0.3,
        ["Boxing Day"] = 0.5,
        ["Between the years"] = 0.8,
        ["New Year's Day"] = 0.5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Monday first. Gift shopping happens at the weekend; the mean is 1 so the yearly curve keeps its level.
    private static ReadOnlySpan<double> Weekly => [0.92, 0.90, 0.93, 0.97, 1.03, 1.15, 1.10];

    // Level in the middle of each month, January first; days in between are interpolated.
    private static ReadOnlySpan<double> Monthly => [0.85, 0.90, 0.95, 0.97, 1.00, 0.90, 0.80, 0.82, 0.95, 1.00, 1.15, 1.45];

    public static (double[] Seasonality, string?[] Holidays) Build(DateOnly start, int days)
    {
        var seasonality = new double[days];
        var holidays = new string?[days];
        for (var day = 0; day < days; day++)
        {
            var date = start.AddDays(day);
            var weekday = ((int)date.DayOfWeek + 6) % 7;
            var (holidayFactor, holiday) = Holiday(date);
            seasonality[day] = Weekly[weekday] * Yearly(date) * holidayFactor;
            holidays[day] = holiday;
        }

        return (seasonality, holidays);
    }

    private static double Yearly(DateOnly date)
    {
        // Position in months measured from mid-January, so month m's anchor sits at m.
        var monthPosition = date.Month - 1 + ((date.Day - 15.0) / DateTime.DaysInMonth(date.Year, date.Month));
        var lower = (int)Math.Floor(monthPosition);
        var fraction = monthPosition - lower;
        var from = Monthly[(lower + 12) % 12];
        var to = Monthly[(lower + 13) % 12];
        return from + ((to - from) * fraction);
    }

    private static (double Factor, string? Name) Holiday(DateOnly date) =>
        RetailCalendar.EventOn(date) is { } name ? (HolidayFactors[name], name) : (1.0, null);
}
