namespace Tailor.Simulation;

/// <summary>
/// The shop's demand calendar: weekly rhythm, a yearly curve with a December peak and a summer dip,
/// and the retail events a gift shop lives on.
/// </summary>
internal static class SeasonalityCalendar
{
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

    private static (double Factor, string? Name) Holiday(DateOnly date)
    {
        var blackFriday = FourthThursdayOfNovember(date.Year).AddDays(1);
        var mothersDay = SecondSundayOfMay(date.Year);
        var offsetFromBlackFriday = date.DayNumber - blackFriday.DayNumber;
        var daysBeforeMothersDay = mothersDay.DayNumber - date.DayNumber;
        return (date.Month, date.Day) switch
        {
            _ when offsetFromBlackFriday == 0 => (2.3, "Black Friday"),
            _ when offsetFromBlackFriday is 1 or 2 => (1.5, "Black Friday weekend"),
            _ when offsetFromBlackFriday == 3 => (1.8, "Cyber Monday"),
            _ when daysBeforeMothersDay is >= 1 and <= 7 => (1.3, "Mother's Day run-up"),
            (2, >= 7 and <= 13) => (1.25, "Valentine's run-up"),
            (2, 14) => (1.1, "Valentine's Day"),
            (12, >= 10 and <= 20) => (1.2, "Christmas run-up"),
            (12, 24) => (0.6, "Christmas Eve"),
            (12, 25) => (0.3, "Christmas Day"),
            (12, 26) => (0.5, "Boxing Day"),
            (12, >= 27) => (0.8, "Between the years"),
            (1, 1) => (0.5, "New Year's Day"),
            _ => (1.0, null),
        };
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }

    private static DateOnly SecondSundayOfMay(int year)
    {
        var first = new DateOnly(year, 5, 1);
        var toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + 7);
    }
}
