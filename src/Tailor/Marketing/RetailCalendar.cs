namespace Tailor.Marketing;

/// <summary>
/// The retail events a Western gift and home shop lives on, with the run-up weeks around them, as
/// Prophet's holidays with windows: each name gets its own effect on the baseline of a response-curve
/// fit, so a Black Friday peak is not credited to the channel that happened to spend that week.
/// </summary>
public static class RetailCalendar
{
    /// <summary>Black Friday: the day after the fourth Thursday of November.</summary>
    public static DateOnly BlackFriday(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21 + 1);
    }

    /// <summary>Mother's Day as in the US and most of Europe: the second Sunday of May.</summary>
    public static DateOnly MothersDay(int year)
    {
        var first = new DateOnly(year, 5, 1);
        var toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + 7);
    }

    /// <summary>The event shaping a day, or null for an ordinary day.</summary>
    public static string? EventOn(DateOnly date)
    {
        var offsetFromBlackFriday = date.DayNumber - BlackFriday(date.Year).DayNumber;
        var daysBeforeMothersDay = MothersDay(date.Year).DayNumber - date.DayNumber;
        return (date.Month, date.Day) switch
        {
            _ when offsetFromBlackFriday == 0 => "Black Friday",
            _ when offsetFromBlackFriday is 1 or 2 => "Black Friday weekend",
            _ when offsetFromBlackFriday == 3 => "Cyber Monday",
            _ when daysBeforeMothersDay is >= 1 and <= 7 => "Mother's Day run-up",
            (2, >= 7 and <= 13) => "Valentine's run-up",
            (2, 14) => "Valentine's Day",
            (12, >= 10 and <= 20) => "Christmas run-up",
            (12, 24) => "Christmas Eve",
            (12, 25) => "Christmas Day",
            (12, 26) => "Boxing Day",
            (12, >= 27) => "Between the years",
            (1, 1) => "New Year's Day",
            _ => null,
        };
    }

    /// <summary>Every event day from <paramref name="from"/> to <paramref name="to"/> (inclusive), by date.</summary>
    public static IReadOnlyDictionary<DateOnly, string> Between(DateOnly from, DateOnly to)
    {
        var events = new Dictionary<DateOnly, string>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (EventOn(date) is { } name)
            {
                events[date] = name;
            }
        }

        return events;
    }
}
