using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>Turns a shop's orders and spend rows into a <see cref="MarketingHistory"/>.</summary>
public static class MarketingHistoryBuilder
{
    /// <summary>
    /// Daily outcome and spend from the first day with spend to the last day that has both spend and
    /// orders. A channel without a row on a day spent nothing that day. Days before the first order
    /// only feed the adstock. Cancellations (orders whose quantities sum to zero or less) are not orders.
    /// </summary>
    /// <param name="orders">The shop's orders (or a segment's).</param>
    /// <param name="spend">The shop's spend rows.</param>
    /// <param name="outcome">Whether to count orders or sum revenue.</param>
    /// <param name="timeZone">The shop's time zone, which decides an order's day; null for UTC.</param>
    /// <param name="events">Known holidays, sales and other events by day (see <see cref="MarketingHistory.Events"/>); null for none.</param>
    /// <param name="liftTests">Experiments that measured a channel's incremental outcome (see <see cref="MarketingHistory.LiftTests"/>); null for none.</param>
    /// <exception cref="ArgumentException">No spend, no orders, no day with both, or a lift test outside the history.</exception>
    public static MarketingHistory FromRecords(
        IEnumerable<Order> orders, IEnumerable<Spend> spend, MarketingOutcome outcome, TimeZoneInfo? timeZone = null,
        IReadOnlyDictionary<DateOnly, string>? events = null, IReadOnlyList<LiftTest>? liftTests = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(spend);
        var zone = timeZone ?? TimeZoneInfo.Utc;
        var rows = spend.Where(s => s.Amount > 0).ToList();
        if (rows.Count == 0)
        {
            throw new ArgumentException("There is no marketing spend: import spend rows (channel, date, amount) first.", nameof(spend));
        }

        var daily = new Dictionary<int, (double Orders, double Revenue)>();
        double orderCount = 0, revenue = 0;
        foreach (var order in orders)
        {
            var (quantity, value) = (0, 0m);
            foreach (var line in order.Lines)
            {
                quantity += line.Quantity;
                value += line.Quantity > 0 ? line.Quantity * line.UnitPrice : 0;
            }

            if (quantity <= 0)
            {
                continue;
            }

            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(order.Timestamp, zone).DateTime).DayNumber;
            var (o, r) = daily.GetValueOrDefault(day);
            daily[day] = (o + 1, r + (double)value);
            orderCount++;
            revenue += (double)value;
        }

        if (orderCount == 0)
        {
            throw new ArgumentException("There are no orders to explain.", nameof(orders));
        }

        var first = rows.Min(s => s.Date.DayNumber);
        var last = Math.Min(rows.Max(s => s.Date.DayNumber), daily.Keys.Max());
        var firstOrder = daily.Keys.Min();
        if (last < Math.Max(first, firstOrder))
        {
            throw new ArgumentException("Spend and orders do not overlap in time: no day has both.", nameof(orders));
        }

        var days = last - first + 1;
        var channels = rows.Select(s => s.Channel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = channels.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var series = channels.Select(_ => new double[days]).ToArray();
        foreach (var row in rows)
        {
            var day = row.Date.DayNumber - first;
            if (day < days)
            {
                series[index[row.Channel]][day] += (double)row.Amount;
            }
        }

        var values = new double[days];
        for (var day = 0; day < days; day++)
        {
            var (o, r) = daily.GetValueOrDefault(first + day);
            values[day] = outcome == MarketingOutcome.Orders ? o : r;
        }

        var eventDays = new string?[days];
        for (var day = 0; events is not null && day < days; day++)
        {
            eventDays[day] = events.GetValueOrDefault(DateOnly.FromDayNumber(first + day));
        }

        var valuePerOrder = revenue > 0 ? revenue / orderCount : 1;
        return new MarketingHistory(
            DateOnly.FromDayNumber(first), outcome, values, channels, series, valuePerOrder, Math.Max(0, firstOrder - first), eventDays, liftTests);
    }
}
