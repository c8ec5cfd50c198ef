using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Builds <see cref="CustomerSummary"/> records from transactions, the way Python's lifetimes
/// <c>summary_data_from_transaction_data</c> does: purchases are collapsed to calendar days, the first
/// purchase day is the customer's birth, and only repeat days enter the frequency and monetary value.
/// </summary>
public static class TransactionSummary
{
    /// <summary>Summaries of every customer with a purchase at or before <paramref name="calibrationEnd"/>, in days and UTC.</summary>
    /// <inheritdoc cref="FromTransactions(IEnumerable{ValueTuple{string, DateTimeOffset, decimal}}, DateTimeOffset, TransactionSummaryOptions)"/>
    public static IReadOnlyList<CustomerSummary> FromTransactions(
        IEnumerable<(string Customer, DateTimeOffset Time, decimal Amount)> transactions,
        DateTimeOffset calibrationEnd,
        TimeUnit unit = TransactionSummaryDefaults.Unit) =>
        FromTransactions(transactions, calibrationEnd, new TransactionSummaryOptions { Unit = unit });

    /// <summary>
    /// Summaries of every customer with a purchase at or before <paramref name="calibrationEnd"/>,
    /// ordered by customer id (ordinal). Transactions after the calibration end are ignored, so the
    /// same call serves a time-based split.
    /// </summary>
    /// <param name="transactions">Customer id, time and value of each purchase. Values must not be negative.</param>
    /// <param name="calibrationEnd">End of the calibration period; T counts calendar days from the first purchase day to this day.</param>
    /// <param name="options">Unit and time zone.</param>
    /// <exception cref="ArgumentException">
    /// No transactions, a missing customer id, a negative amount, or no transaction at or before the calibration end.
    /// </exception>
    public static IReadOnlyList<CustomerSummary> FromTransactions(
        IEnumerable<(string Customer, DateTimeOffset Time, decimal Amount)> transactions,
        DateTimeOffset calibrationEnd,
        TransactionSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.TimeZone, nameof(options));
        var unitDays = options.Unit.Days();
        var zone = options.TimeZone;
        var endDay = DayNumber(calibrationEnd, zone);

        // Per customer, (day, value) of each purchase; sorted and merged by day at the end.
        var days = new Dictionary<string, List<(int Day, decimal Amount)>>(StringComparer.Ordinal);
        var seen = 0;
        DateTimeOffset? earliest = null;
        foreach (var (customer, time, amount) in transactions)
        {
            seen++;
            if (string.IsNullOrWhiteSpace(customer))
            {
                throw new ArgumentException($"Transaction {seen} (at {time:O}) has no customer id.", nameof(transactions));
            }

            if (amount < 0)
            {
                throw new ArgumentException(
                    $"Transaction {seen} of customer '{customer}' at {time:O} has a negative amount {amount}; record returns by reducing the purchase they belong to, or leave them out.",
                    nameof(transactions));
            }

            if (earliest is null || time < earliest)
            {
                earliest = time;
            }

            if (time > calibrationEnd)
            {
                continue;
            }

            if (!days.TryGetValue(customer, out var perDay))
            {
                perDay = [];
                days.Add(customer, perDay);
            }

            perDay.Add((DayNumber(time, zone), amount));
        }

        if (seen == 0)
        {
            throw new ArgumentException("There are no transactions to summarise.", nameof(transactions));
        }

        if (days.Count == 0)
        {
            throw new ArgumentException(
                $"The calibration end {calibrationEnd:O} is before every purchase (the first is at {earliest:O}).",
                nameof(calibrationEnd));
        }

        var ids = days.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var summaries = new CustomerSummary[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            summaries[i] = Summarise(ids[i], days[ids[i]], endDay, unitDays, options.Unit);
        }

        return summaries;
    }

    /// <summary>Summaries from orders, in days and UTC.</summary>
    /// <inheritdoc cref="FromOrders(IEnumerable{Order}, DateTimeOffset, TransactionSummaryOptions)"/>
    public static IReadOnlyList<CustomerSummary> FromOrders(
        IEnumerable<Order> orders,
        DateTimeOffset calibrationEnd,
        TimeUnit unit = TransactionSummaryDefaults.Unit) =>
        FromOrders(orders, calibrationEnd, new TransactionSummaryOptions { Unit = unit });

    /// <summary>
    /// Summaries from orders: an order's value is the sum of quantity times unit price over its lines.
    /// Anonymous orders are skipped, and so are orders that buy nothing (no line with a positive
    /// quantity) or net to a negative value: those are cancellations and returns, not purchases.
    /// </summary>
    /// <param name="orders">The shop's orders.</param>
    /// <param name="calibrationEnd">End of the calibration period.</param>
    /// <param name="options">Unit and time zone.</param>
    /// <exception cref="ArgumentException">No purchase among the orders, or none at or before the calibration end.</exception>
    public static IReadOnlyList<CustomerSummary> FromOrders(IEnumerable<Order> orders, DateTimeOffset calibrationEnd, TransactionSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return FromTransactions(Purchases(orders), calibrationEnd, options);
    }

    /// <summary>The purchases among orders, by the rules of <see cref="FromOrders(IEnumerable{Order}, DateTimeOffset, TransactionSummaryOptions)"/>.</summary>
    internal static IEnumerable<(string Customer, DateTimeOffset Time, decimal Amount)> Purchases(IEnumerable<Order> orders)
    {
        foreach (var order in orders)
        {
            if (order.CustomerId is null)
            {
                continue;
            }

            var value = 0m;
            var buysSomething = false;
            foreach (var line in order.Lines)
            {
                value += line.Quantity * line.UnitPrice;
                buysSomething |= line.Quantity > 0;
            }

            if (buysSomething && value >= 0)
            {
                yield return (order.CustomerId, order.Timestamp, value);
            }
        }
    }

    private static CustomerSummary Summarise(string id, List<(int Day, decimal Amount)> purchases, int endDay, double unitDays, TimeUnit unit)
    {
        purchases.Sort((x, y) => x.Day.CompareTo(y.Day));
        var first = purchases[0].Day;
        var last = first;
        var count = 1;
        decimal total = 0, repeat = 0;
        foreach (var (day, value) in purchases)
        {
            if (day != last)
            {
                count++;
                last = day;
            }

            // Every purchase after the first purchase day is part of a repeat day.
            if (day != first)
            {
                repeat += value;
            }

            total += value;
        }

        var frequency = count - 1;
        var monetary = frequency == 0 ? 0 : (double)(repeat / frequency);
        return new CustomerSummary(id, frequency, (last - first) / unitDays, (endDay - first) / unitDays, monetary, (double)total, unit);
    }

    private static int DayNumber(DateTimeOffset time, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(zone == TimeZoneInfo.Utc ? time.UtcDateTime : TimeZoneInfo.ConvertTime(time, zone).DateTime).DayNumber;
}
