namespace Tailor.Marketing;

/// <summary>Builds the events a response-curve fit accounts for: the retail calendar and the shop's own.</summary>
public static class MarketingEvents
{
    /// <summary>
    /// Events from <paramref name="from"/> to <paramref name="to"/>: the <see cref="RetailCalendar"/>'s
    /// when <paramref name="retailCalendar"/> is set, with the shop's own events on top (they win on
    /// the same day).
    /// </summary>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    /// <param name="retailCalendar">Whether to include the built-in retail calendar.</param>
    /// <param name="own">The shop's events (sales, launches, outages) by day; null for none.</param>
    public static IReadOnlyDictionary<DateOnly, string> Between(
        DateOnly from, DateOnly to, bool retailCalendar, IReadOnlyDictionary<DateOnly, string>? own)
    {
        var events = retailCalendar ? new Dictionary<DateOnly, string>(RetailCalendar.Between(from, to)) : [];
        foreach (var (date, name) in own ?? new Dictionary<DateOnly, string>())
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"The event on {date:yyyy-MM-dd} has no name.", nameof(own));
            }

            events[date] = name.Trim();
        }

        return events;
    }
}
