using System.Collections.Immutable;
using Tailor.Data;

namespace Tailor.Operations;

/// <summary>
/// A shop's sales turned into series: units per day for every item, category and the shop, and orders
/// per hour, all zero-filled over the history. Cancellations (negative lines) are netted on the day they
/// were booked; a day whose net is negative counts as zero, since a shelf cannot sell fewer than none.
/// </summary>
public sealed class DemandHistory
{
    /// <summary>Key of the shop-wide series.</summary>
    public const string TotalKey = "total";

    /// <summary>Category of items that have none.</summary>
    public const string Uncategorised = "(none)";

    private readonly Dictionary<string, DemandSeries> _items;
    private readonly Dictionary<string, DemandSeries> _categories;

    private DemandHistory(
        DateOnly start, int days, Dictionary<string, DemandSeries> items, Dictionary<string, DemandSeries> categories,
        DemandSeries total, ImmutableArray<double> hourlyOrders)
    {
        Start = start;
        Days = days;
        _items = items;
        _categories = categories;
        Total = total;
        HourlyOrders = hourlyOrders;
    }

    /// <summary>First day of the history (local).</summary>
    public DateOnly Start { get; }

    /// <summary>Days in the history; 0 for a shop without orders.</summary>
    public int Days { get; }

    /// <summary>First day after the history: where forecasts start.</summary>
    public DateOnly End => Start.AddDays(Days);

    /// <summary>Units per day of the whole shop.</summary>
    public DemandSeries Total { get; }

    /// <summary>Item series by item id. An item's series starts when it entered the catalogue or first sold, if later than <see cref="Start"/>.</summary>
    public IReadOnlyDictionary<string, DemandSeries> Items => _items;

    /// <summary>Category series by category path.</summary>
    public IReadOnlyDictionary<string, DemandSeries> Categories => _categories;

    /// <summary>
    /// Orders per local hour, <see cref="Days"/> x 24 values from midnight of <see cref="Start"/>. An order
    /// counts once however many lines it has; an order of cancellations alone does not count.
    /// </summary>
    public ImmutableArray<double> HourlyOrders { get; }

    /// <summary>Orders per day, summed from <see cref="HourlyOrders"/>.</summary>
    public DemandSeries DailyOrders()
    {
        var days = new double[Days];
        for (int i = 0; i < HourlyOrders.Length; i++)
        {
            days[i / 24] += HourlyOrders[i];
        }

        return new DemandSeries(DemandScope.Total, "orders", DemandPeriod.Day, Start, [.. days], []);
    }

    /// <summary>
    /// Average orders in each of the 168 hours of the week over the last <paramref name="weeks"/> whole
    /// weeks; index 0 is Monday 00:00-01:00 local.
    /// </summary>
    public double[] OrdersByHourOfWeek(int weeks)
    {
        if (weeks < 1)
        {
            throw new ArgumentException($"Hour-of-week averages need at least one week (was {weeks}).", nameof(weeks));
        }

        var sums = new double[168];
        var counts = new int[168];
        int firstDay = Math.Max(0, Days - (weeks * 7));
        for (int day = firstDay; day < Days; day++)
        {
            int weekday = ((int)Start.AddDays(day).DayOfWeek + 6) % 7;
            for (int hour = 0; hour < 24; hour++)
            {
                sums[(weekday * 24) + hour] += HourlyOrders[(day * 24) + hour];
                counts[(weekday * 24) + hour]++;
            }
        }

        for (int i = 0; i < 168; i++)
        {
            sums[i] = counts[i] > 0 ? sums[i] / counts[i] : 0;
        }

        return sums;
    }

    /// <summary>The series for a scope: an item id, a category path, or the total (key ignored).</summary>
    /// <exception cref="KeyNotFoundException">No item or category with that key has sales or stock.</exception>
    public DemandSeries Series(DemandScope scope, string? key) => scope switch
    {
        DemandScope.Total => Total,
        DemandScope.Item => _items.TryGetValue(key ?? "", out var item) ? item
            : throw new KeyNotFoundException($"Item '{key}' is not in the catalogue or has no history."),
        _ => _categories.TryGetValue(key ?? "", out var category) ? category
            : throw new KeyNotFoundException($"Category '{key}' has no items with sales."),
    };

    /// <summary>
    /// The daily or weekly series of an item (<paramref name="item"/>), a category (<paramref name="category"/>)
    /// or, with neither, the total. Throws a <see cref="KeyNotFoundException"/> for an unknown item or
    /// category and an <see cref="ArgumentException"/> for weeks of a history shorter than one.
    /// </summary>
    public DemandSeries Select(string? item, string? category, bool weekly)
    {
        DemandSeries series = item is not null ? Series(DemandScope.Item, item)
            : category is not null ? Series(DemandScope.Category, category)
            : Total;
        if (!weekly)
        {
            return series;
        }

        DemandSeries weeks = series.ToWeekly();
        return weeks.Length > 0 ? weeks : throw new ArgumentException("The history is shorter than a week; forecast days instead.", nameof(weekly));
    }

    /// <summary>
    /// Builds the series from a shop's orders and catalogue. Items that never sold get a series of zeros
    /// from when they entered the catalogue, so slow movers are planned too. Where an item's stock is
    /// recorded as 0, the days after its last sale are flagged as out of stock: the last sale emptied the
    /// shelf, and no demand could be seen since.
    /// </summary>
    public static DemandHistory Build(
        IEnumerable<Order> orders, IEnumerable<Item> items, DemandHistoryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(items);
        options ??= new DemandHistoryOptions();
        ArgumentNullException.ThrowIfNull(options.TimeZone);
        TimeZoneInfo zone = options.TimeZone;

        // Net units per item and local day, and orders per local hour, in one pass over the orders.
        var units = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        var hours = new Dictionary<long, int>();
        int? firstDay = null;
        int? lastDay = null;
        int? endDay = options.End?.DayNumber;
        int seen = 0;
        foreach (Order order in orders)
        {
            if ((++seen & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            DateTime local = Local(order.Timestamp, zone);
            int day = DateOnly.FromDateTime(local).DayNumber;
            if (day > endDay)
            {
                continue;
            }

            bool bought = false;
            foreach (OrderLine line in order.Lines)
            {
                if (!units.TryGetValue(line.ItemId, out var byDay))
                {
                    byDay = [];
                    units[line.ItemId] = byDay;
                }

                byDay[day] = byDay.GetValueOrDefault(day) + line.Quantity;
                bought |= line.Quantity > 0;
            }

            if (bought)
            {
                long hour = ((long)day * 24) + local.Hour;
                hours[hour] = hours.GetValueOrDefault(hour) + 1;
            }

            firstDay = firstDay is null ? day : Math.Min(firstDay.Value, day);
            lastDay = lastDay is null ? day : Math.Max(lastDay.Value, day);
        }

        int start = firstDay ?? endDay ?? DateOnly.FromDateTime(DateTime.UtcNow).DayNumber;
        int last = endDay ?? lastDay ?? start - 1;
        int days = Math.Max(0, last - start + 1);
        var catalogue = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (Item item in items)
        {
            if (item.Kind == ItemKind.Product)
            {
                catalogue[item.ExternalId] = item;
            }
        }

        var itemSeries = new Dictionary<string, DemandSeries>(StringComparer.Ordinal);
        var categoryUnits = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var total = new double[days];
        var ids = new HashSet<string>(units.Keys, StringComparer.Ordinal);
        ids.UnionWith(catalogue.Keys);
        foreach (string id in ids)
        {
            catalogue.TryGetValue(id, out Item? item);
            units.TryGetValue(id, out var byDay);
            var values = new double[days];
            int firstSale = int.MaxValue;
            int lastSale = -1;
            if (byDay is not null)
            {
                foreach ((int day, double net) in byDay)
                {
                    int i = day - start;
                    if (i >= 0 && i < days)
                    {
                        values[i] = Math.Max(0, net);
                        if (net > 0)
                        {
                            firstSale = Math.Min(firstSale, i);
                            lastSale = Math.Max(lastSale, i);
                        }
                    }
                }
            }

            int from = item?.CreatedAt is { } created ? DateOnly.FromDateTime(Local(created, zone)).DayNumber - start : 0;
            from = Math.Clamp(Math.Min(from, firstSale), 0, days);
            if (from >= days && days > 0)
            {
                from = days - 1; // added on the last day: one zero, so the item still gets planned
            }

            string category = string.IsNullOrWhiteSpace(item?.Category) ? Uncategorised : item!.Category!;
            if (!categoryUnits.TryGetValue(category, out var categoryValues))
            {
                categoryValues = new double[days];
                categoryUnits[category] = categoryValues;
            }

            for (int i = 0; i < days; i++)
            {
                categoryValues[i] += values[i];
                total[i] += values[i];
            }

            ImmutableArray<bool> stockOut = [];
            if (item?.Stock is { } stock)
            {
                var flags = new bool[days - from];
                if (stock <= 0)
                {
                    for (int i = Math.Max(lastSale + 1, from); i < days; i++)
                    {
                        flags[i - from] = true;
                    }
                }

                stockOut = [.. flags];
            }

            itemSeries[id] = new DemandSeries(DemandScope.Item, id, DemandPeriod.Day, DateOnly.FromDayNumber(start + from), [.. values.AsSpan(from)], stockOut);
        }

        var categories = categoryUnits.ToDictionary(
            c => c.Key, c => new DemandSeries(DemandScope.Category, c.Key, DemandPeriod.Day, DateOnly.FromDayNumber(start), [.. c.Value], []),
            StringComparer.Ordinal);
        var hourly = new double[days * 24];
        foreach ((long hour, int count) in hours)
        {
            long i = hour - ((long)start * 24);
            if (i >= 0 && i < hourly.Length)
            {
                hourly[i] = count;
            }
        }

        var totalSeries = new DemandSeries(DemandScope.Total, TotalKey, DemandPeriod.Day, DateOnly.FromDayNumber(start), [.. total], []);
        return new DemandHistory(DateOnly.FromDayNumber(start), days, itemSeries, categories, totalSeries, [.. hourly]);
    }

    private static DateTime Local(DateTimeOffset time, TimeZoneInfo zone) =>
        zone == TimeZoneInfo.Utc ? time.UtcDateTime : TimeZoneInfo.ConvertTime(time, zone).DateTime;
}
