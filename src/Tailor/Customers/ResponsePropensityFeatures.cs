namespace Tailor.Customers;

/// <summary>
/// What is known about a customer just before a send: engagement with the channel (counts, smoothed
/// rates, recency), fatigue (recent sends, this one included), purchases and own visits. Everything
/// comes from strictly earlier moments, so a send's features never see its own outcome.
/// </summary>
internal static class ResponsePropensityFeatures
{
    /// <summary>Days used for "never": longer than any history a shop keeps.</summary>
    private const float Never = 3650;

    private const int RecentDays = 90;

    /// <summary>Hours either side of the send hour that count as "near" it.</summary>
    private const int NearHours = 2;

    /// <summary>Share of the day's hours within <see cref="NearHours"/> of an hour: the prior of the near-visit share.</summary>
    private const float NearShare = ((2 * NearHours) + 1) / 24f;

    /// <summary>Feature names, in row order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "channel sends", "channel opens", "channel clicks", "channel conversions",
        "open rate", "click rate", "conversion rate", "open rate last 90 days",
        "days since last open", "days since last click",
        "channel sends in fatigue window", "all sends in fatigue window", "days since last send",
        "days since last purchase", "purchases", "mean purchase value", "tenure days",
        "days since last visit", "visits last 90 days",
        "send hour", "open rate near the send hour", "share of visits near the send hour",
        "visit silence", "purchase silence",
    ];

    public static int Count => Names.Count;

    /// <summary>The flag that marks a send as a response of the given kind.</summary>
    public static byte Flag(ResponsePropensityOutcome outcome) => outcome switch
    {
        ResponsePropensityOutcome.Open => ResponsePropensityTimeline.Opened,
        ResponsePropensityOutcome.Click => ResponsePropensityTimeline.Clicked,
        _ => ResponsePropensityTimeline.Converted,
    };

    /// <summary>
    /// Fills <paramref name="row"/> with the features of a send on <paramref name="channel"/> to
    /// <paramref name="customer"/> at <paramref name="ticks"/> and returns the customer's earlier
    /// sends on the channel, opens, and sends with the outcome <paramref name="flag"/>.
    /// </summary>
    public static ResponsePropensityHistory Fill(
        ResponsePropensityTimeline timeline, int customer, int channel, long ticks, int fatigueWindowDays, byte flag, Span<float> row)
    {
        var windowStart = ticks - (fatigueWindowDays * TimeSpan.TicksPerDay);
        var recentStart = ticks - (RecentDays * TimeSpan.TicksPerDay);
        var hour = HourOf(ticks);
        int sends = 0, opens = 0, clicks = 0, conversions = 0, responses = 0, recentSends = 0, recentOpens = 0, windowChannel = 0, windowAll = 0;
        int nearSends = 0, nearOpens = 0;
        long lastOpen = long.MinValue, lastClick = long.MinValue, lastSend = long.MinValue;
        var all = timeline.Sends;
        for (var i = timeline.SendStart[customer]; i < timeline.SendStart[customer + 1] && all[i].Ticks < ticks; i++)
        {
            var send = all[i];
            lastSend = send.Ticks;
            var inWindow = send.Ticks >= windowStart;
            windowAll += inWindow ? 1 : 0;
            if (send.Channel != channel)
            {
                continue;
            }

            sends++;
            windowChannel += inWindow ? 1 : 0;
            responses += send.Has(flag) ? 1 : 0;
            if (send.Has(ResponsePropensityTimeline.Opened))
            {
                opens++;
                lastOpen = send.Ticks;
            }

            if (send.Has(ResponsePropensityTimeline.Clicked))
            {
                clicks++;
                lastClick = send.Ticks;
            }

            conversions += send.Has(ResponsePropensityTimeline.Converted) ? 1 : 0;
            if (Near(HourOf(send.Ticks), hour))
            {
                nearSends++;
                nearOpens += send.Has(ResponsePropensityTimeline.Opened) ? 1 : 0;
            }
            if (send.Ticks >= recentStart)
            {
                recentSends++;
                recentOpens += send.Has(ResponsePropensityTimeline.Opened) ? 1 : 0;
            }
        }

        var purchaseFrom = timeline.PurchaseStart[customer];
        var purchaseEnd = Before(timeline.PurchaseTicks, purchaseFrom, timeline.PurchaseStart[customer + 1], ticks);
        var spent = 0.0;
        for (var i = purchaseFrom; i < purchaseEnd; i++)
        {
            spent += timeline.PurchaseAmounts[i];
        }

        var activityFrom = timeline.ActivityStart[customer];
        var activityEnd = Before(timeline.ActivityTicks, activityFrom, timeline.ActivityStart[customer + 1], ticks);
        var recentActivityFrom = Before(timeline.ActivityTicks, activityFrom, activityEnd, recentStart);
        var nearVisits = 0;
        for (var i = activityFrom; i < activityEnd; i++)
        {
            nearVisits += Near(HourOf(timeline.ActivityTicks[i]), hour) ? 1 : 0;
        }

        var purchases = purchaseEnd - purchaseFrom;
        var created = timeline.CreatedTicks[customer];
        var firstSeen = Math.Min(
            created == long.MinValue ? long.MaxValue : created,
            Math.Min(
                timeline.SendStart[customer] < timeline.SendStart[customer + 1] ? all[timeline.SendStart[customer]].Ticks : long.MaxValue,
                purchases > 0 ? timeline.PurchaseTicks[purchaseFrom] : long.MaxValue));

        row[0] = sends;
        row[1] = opens;
        row[2] = clicks;
        row[3] = conversions;
        row[4] = (opens + 0.5f) / (sends + 1f);
        row[5] = (clicks + 0.5f) / (sends + 1f);
        row[6] = (conversions + 0.5f) / (sends + 1f);
        row[7] = (recentOpens + 0.5f) / (recentSends + 1f);
        row[8] = DaysSince(lastOpen, ticks);
        row[9] = DaysSince(lastClick, ticks);
        row[10] = windowChannel + 1;
        row[11] = windowAll + 1;
        row[12] = DaysSince(lastSend, ticks);
        row[13] = DaysSince(purchases > 0 ? timeline.PurchaseTicks[purchaseEnd - 1] : long.MinValue, ticks);
        row[14] = purchases;
        row[15] = purchases > 0 ? (float)(spent / purchases) : 0;
        row[16] = firstSeen == long.MaxValue ? 0 : Math.Max(0, DaysSince(firstSeen, ticks));
        row[17] = DaysSince(activityEnd > activityFrom ? timeline.ActivityTicks[activityEnd - 1] : long.MinValue, ticks);
        row[18] = activityEnd - recentActivityFrom;
        row[19] = hour;
        row[20] = (nearOpens + 0.5f) / (nearSends + 1f);
        var visits = activityEnd - activityFrom;
        row[21] = (nearVisits + (NearShare * 2f)) / (visits + 2f);

        // Days of silence times the customer's own rate: how many visits (purchases) have gone
        // missing, the quantity that tells a customer who has left from a slow one.
        var tenure = Math.Max(1f, row[16]);
        row[22] = visits == 0 ? Never : row[17] * visits / tenure;
        row[23] = purchases == 0 ? Never : row[13] * purchases / tenure;
        return new ResponsePropensityHistory(sends, opens, responses);
    }

    private static int HourOf(long ticks) => (int)(ticks / TimeSpan.TicksPerHour % 24);

    private static bool Near(int hour, int other)
    {
        var distance = Math.Abs(hour - other);
        return Math.Min(distance, 24 - distance) <= NearHours;
    }

    private static float DaysSince(long earlier, long now) =>
        earlier == long.MinValue ? Never : (float)Math.Min(Never, (now - earlier) / (double)TimeSpan.TicksPerDay);

    /// <summary>First position in [from, to) of a sorted array whose value is at or after <paramref name="ticks"/>.</summary>
    private static int Before(long[] sorted, int from, int to, long ticks)
    {
        var found = Array.BinarySearch(sorted, from, to - from, ticks);
        if (found < 0)
        {
            return ~found;
        }

        // Equal values: step back to the first, since "before" excludes the moment itself.
        while (found > from && sorted[found - 1] == ticks)
        {
            found--;
        }

        return found;
    }
}
