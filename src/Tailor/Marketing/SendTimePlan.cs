using Tailor.Customers;

namespace Tailor.Marketing;

/// <summary>Channel and send time per customer, the priors behind them, and the frequency cap fatigue suggests.</summary>
/// <param name="Grid">The grid used (never <see cref="SendTimeGrid.Auto"/>).</param>
/// <param name="GridReason">Why that grid, in words.</param>
/// <param name="TimeZone">Time zone id of the hours.</param>
/// <param name="Outcome">The response that made a slot good.</param>
/// <param name="LevelStrength">Estimated pseudo-sends of the prior on a customer's overall responsiveness.</param>
/// <param name="SlotStrength">Estimated pseudo-sends of the prior of a customer's rate at one slot.</param>
/// <param name="GlobalBestDay">Day of the best slot over all customers on the hour-of-week grid, else null.</param>
/// <param name="GlobalBestHour">Local hour of the best slot over all customers (the global fallback).</param>
/// <param name="GlobalBestRate">Response rate at that slot.</param>
/// <param name="Channels">Channels with sends, the arms of the channel choice.</param>
/// <param name="Segments">The segments and their priors.</param>
/// <param name="Recommendations">One per customer with consent, in the order of the shop's customers.</param>
/// <param name="WithoutConsent">Customers left out for lack of marketing consent.</param>
/// <param name="Fatigue">Response decay and unsubscribes by recent sends, with the recommended frequency cap.</param>
public sealed record SendTimePlan(
    SendTimeGrid Grid,
    string GridReason,
    string TimeZone,
    ResponsePropensityOutcome Outcome,
    double LevelStrength,
    double SlotStrength,
    DayOfWeek? GlobalBestDay,
    int GlobalBestHour,
    double GlobalBestRate,
    IReadOnlyList<string> Channels,
    IReadOnlyList<SendTimeSegment> Segments,
    IReadOnlyList<SendTimeRecommendation> Recommendations,
    int WithoutConsent,
    FatigueReport Fatigue)
{
    /// <summary>
    /// The first moment at or after <paramref name="from"/> that matches each customer's recommended
    /// day and hour in the plan's time zone, by customer id.
    /// </summary>
    /// <param name="from">The earliest send time.</param>
    public IReadOnlyDictionary<string, DateTimeOffset> SendTimes(DateTimeOffset from)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var times = new Dictionary<string, DateTimeOffset>(Recommendations.Count, StringComparer.Ordinal);
        foreach (var r in Recommendations)
        {
            times[r.CustomerId] = Next(from, zone, r.Day, r.Hour);
        }

        return times;
    }

    /// <summary>The first whole hour at or after <paramref name="from"/> on the given local day and hour.</summary>
    public static DateTimeOffset Next(DateTimeOffset from, TimeZoneInfo zone, DayOfWeek? day, int hour)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(from, zone);
        var candidate = local.Date.AddHours(hour);
        for (var step = 0; step < 8; step++, candidate = candidate.AddDays(1))
        {
            if ((day is null || candidate.DayOfWeek == day) && !zone.IsInvalidTime(candidate))
            {
                var at = new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
                if (at >= from)
                {
                    return at;
                }
            }
        }

        // Only a daylight-saving gap that swallows the hour every matching day gets here.
        return from;
    }
}
