using System.Globalization;
using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// Response curves per segment of the orders (new against returning customers, or country), where a
/// segment has enough orders a day to tell a channel's lift from noise; the others get a warning.
/// </summary>
public static class SegmentCurveFitter
{
    /// <summary>Default smallest mean number of orders a day a segment needs for its own curves.</summary>
    public const double DefaultMinDailyOrders = 20;

    /// <summary>Default largest number of segments fitted (the biggest ones).</summary>
    public const int DefaultMaxSegments = 6;

    /// <summary>Fits curves for each segment, biggest first.</summary>
    /// <param name="orders">The shop's orders.</param>
    /// <param name="spend">The shop's spend rows.</param>
    /// <param name="by">How to split the orders.</param>
    /// <param name="outcome">Orders or revenue.</param>
    /// <param name="options">Fit options shared by every segment.</param>
    /// <param name="timeZone">The shop's time zone; null for UTC.</param>
    /// <param name="events">Known events by day; null for none.</param>
    /// <param name="minDailyOrders">Smallest mean orders a day a segment needs, in (0, 1e6].</param>
    /// <param name="maxSegments">Most segments to fit, in [1, 100].</param>
    /// <param name="cancellationToken">Stops a long fit.</param>
    /// <exception cref="ArgumentException">No spend or orders, or a limit is out of range.</exception>
    public static IReadOnlyList<SegmentCurves> Fit(
        IReadOnlyList<Order> orders,
        IReadOnlyList<Spend> spend,
        SegmentBy by,
        MarketingOutcome outcome,
        ResponseCurveOptions options,
        TimeZoneInfo? timeZone = null,
        IReadOnlyDictionary<DateOnly, string>? events = null,
        double minDailyOrders = DefaultMinDailyOrders,
        int maxSegments = DefaultMaxSegments,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(options);
        if (!(minDailyOrders is > 0 and <= 1e6))
        {
            throw new ArgumentException($"The smallest mean daily orders must be in (0, 1e6] (was {minDailyOrders}).", nameof(minDailyOrders));
        }

        if (maxSegments is < 1 or > 100)
        {
            throw new ArgumentException($"The number of segments must be between 1 and 100 (was {maxSegments}).", nameof(maxSegments));
        }

        var whole = MarketingHistoryBuilder.FromRecords(orders, spend, MarketingOutcome.Orders, timeZone);
        var days = Math.Max(1, whole.Days - whole.FirstOutcomeDay);
        var groups = Split(orders, by).OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var result = new List<SegmentCurves>();
        foreach (var (segment, segmentOrders) in groups)
        {
            var history = MarketingHistoryBuilder.FromRecords(segmentOrders, spend, MarketingOutcome.Orders, timeZone);
            var perDay = history.Outcome.Skip(history.FirstOutcomeDay).Sum() / days;
            if (result.Count(r => r.Model is not null) >= maxSegments)
            {
                result.Add(new SegmentCurves(segment, perDay, null, $"Only the {maxSegments} biggest segments are fitted."));
                continue;
            }

            if (perDay < minDailyOrders)
            {
                result.Add(new SegmentCurves(segment, perDay, null,
                    $"Only {perDay.ToString("0.#", CultureInfo.InvariantCulture)} orders a day; a segment needs {minDailyOrders.ToString("0.#", CultureInfo.InvariantCulture)} to tell a channel's lift from noise."));
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var data = outcome == MarketingOutcome.Orders && events is null
                ? history
                : MarketingHistoryBuilder.FromRecords(segmentOrders, spend, outcome, timeZone, events);
            result.Add(new SegmentCurves(segment, perDay, ResponseCurveFitter.Fit(data, options, cancellationToken), null));
        }

        return result;
    }

    private static Dictionary<string, List<Order>> Split(IReadOnlyList<Order> orders, SegmentBy by)
    {
        var groups = new Dictionary<string, List<Order>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var order in orders.OrderBy(o => o.Timestamp))
        {
            string? key = by switch
            {
                SegmentBy.Country => string.IsNullOrWhiteSpace(order.Country) ? null : order.Country,
                _ => order.CustomerId is null ? null : order.Lines.Sum(l => l.Quantity) <= 0 ? null : seen.Add(order.CustomerId) ? "new" : "returning",
            };
            if (key is null)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups[key] = list;
            }

            list.Add(order);
        }

        return groups;
    }
}
