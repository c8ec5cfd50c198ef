using System.Globalization;
using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// Channel and send time per customer by Thompson sampling: Beta-Binomial arms per customer (hours
/// or hours of the week; channels) whose priors come from the customer's segment, shrunk towards
/// the global rates, or are the global rates when the segment has too little data. Customers without
/// history are explored from their segment's prior. Fatigue analysis adds a frequency cap.
/// </summary>
public static class SendTimePlanner
{
    private const int HoursPerWeek = 168;

    /// <summary>Plans with default options and activity-daypart segments.</summary>
    /// <inheritdoc cref="Plan(ShopData, SendTimeOptions, IReadOnlyDictionary{string, string}?, CancellationToken)"/>
    public static SendTimePlan Plan(ShopData data, CancellationToken cancellationToken = default) =>
        Plan(data, new SendTimeOptions(), null, cancellationToken);

    /// <summary>Recommends a channel and a send time to every customer (with consent).</summary>
    /// <param name="data">The shop's customers, events, orders and campaign sends.</param>
    /// <param name="options">Grid, allowed hours, priors, exploration and fatigue limits.</param>
    /// <param name="segments">Segment per customer id, or null for <see cref="ActivityDayparts"/>.</param>
    /// <param name="cancellationToken">Checked between steps and customers.</param>
    /// <exception cref="ArgumentException">Options out of range, or no campaign sends to learn from.</exception>
    public static SendTimePlan Plan(
        ShopData data, SendTimeOptions options, IReadOnlyDictionary<string, string>? segments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (data.CampaignSends.Count == 0)
        {
            throw new ArgumentException("There are no campaign sends to learn send times from; import campaigns first.", nameof(data));
        }

        var zone = options.TimeZone;
        segments ??= ActivityDayparts.Assign(data, zone);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var segmentNames = new List<string>();
        var segmentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var segmentOf = new List<int>();
        foreach (var customer in data.Customers)
        {
            if (!index.TryAdd(customer.ExternalId, index.Count))
            {
                continue;
            }

            var name = segments.TryGetValue(customer.ExternalId, out var s) ? s : ActivityDayparts.Unknown;
            if (!segmentIndex.TryGetValue(name, out var id))
            {
                id = segmentNames.Count;
                segmentIndex.Add(name, id);
                segmentNames.Add(name);
            }

            segmentOf.Add(id);
        }

        var channels = new List<string>();
        var slots = new List<(int Customer, int Slot, bool Success)>(data.CampaignSends.Count);
        var channelObservations = new List<(int Customer, int Arm, bool Success)>(data.CampaignSends.Count);
        var weekCounts = new int[HoursPerWeek];
        var weekDays = new HashSet<DateOnly>[HoursPerWeek];
        foreach (var send in data.CampaignSends)
        {
            if (!index.TryGetValue(send.CustomerId, out var customer))
            {
                // Sends to people the shop no longer lists still tell the global rates.
                customer = index.Count;
                index.Add(send.CustomerId, customer);
                segmentOf.Add(-1);
            }

            var channel = channels.FindIndex(c => string.Equals(c, send.Channel, StringComparison.OrdinalIgnoreCase));
            if (channel < 0)
            {
                channel = channels.Count;
                channels.Add(send.Channel);
            }

            var local = TimeZoneInfo.ConvertTime(send.SentAt, zone);
            var weekSlot = (((int)local.DayOfWeek + 6) % 7 * 24) + local.Hour;
            weekCounts[weekSlot]++;
            (weekDays[weekSlot] ??= []).Add(DateOnly.FromDateTime(local.DateTime));
            var success = options.Outcome.IsResponse(send);
            slots.Add((customer, weekSlot, success));
            channelObservations.Add((customer, channel, success));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (grid, reason) = ChooseGrid(options, weekCounts, weekDays, data.CampaignSends);
        var arms = grid == SendTimeGrid.HourOfWeek ? HoursPerWeek : 24;
        var observations = grid == SendTimeGrid.HourOfWeek ? slots : slots.ConvertAll(o => (o.Customer, o.Slot % 24, o.Success));
        var w = options.NeighbourWeight;
        var segmentArray = segmentOf.ToArray();
        var hours = BetaArms.Fit(
            arms, segmentArray, segmentNames.Count, observations, w > 0 ? [w, 1 - (2 * w), w] : [1.0], options.MinimumSegmentSends, options.SegmentShrinkage);
        var channelArms = BetaArms.Fit(
            channels.Count, segmentArray, segmentNames.Count, channelObservations, [1.0], options.MinimumSegmentSends, options.SegmentShrinkage);
        cancellationToken.ThrowIfCancellationRequested();

        var allowed = new List<int>();
        for (var slot = 0; slot < arms; slot++)
        {
            if (slot % 24 >= options.FirstHour && slot % 24 <= options.LastHour)
            {
                allowed.Add(slot);
            }
        }

        var allChannels = Enumerable.Range(0, channels.Count).ToArray();
        var recommendations = new List<SendTimeRecommendation>(data.Customers.Count);
        var withoutConsent = 0;
        var customersPerSegment = new int[segmentNames.Count];
        for (var i = 0; i < data.Customers.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var customer = data.Customers[i];
            var at = index[customer.ExternalId];
            customersPerSegment[segmentArray[at]]++;
            if (options.RequireMarketingConsent && !customer.Consent.EmailMarketing)
            {
                withoutConsent++;
                continue;
            }

            var random = options.Explore ? new Random(Seed(options.Seed, customer.ExternalId)) : null;
            var channel = channelArms.Choose(at, allChannels, random);
            var slot = hours.Choose(at, allowed, random);
            var best = hours.Choose(at, allowed, null);
            var evidence = hours.Trials(at) > 0 ? SendTimeEvidence.Customer
                : hours.IsFallback(segmentArray[at]) ? SendTimeEvidence.Global
                : SendTimeEvidence.Segment;
            recommendations.Add(new SendTimeRecommendation(
                customer.ExternalId, channels[channel], Day(grid, slot), slot % 24, hours.PosteriorMean(at, slot), Day(grid, best), best % 24,
                hours.PosteriorMean(at, best), evidence, hours.Trials(at), segmentNames[segmentArray[at]]));
        }

        var summaries = new List<SendTimeSegment>(segmentNames.Count);
        for (var s = 0; s < segmentNames.Count; s++)
        {
            var best = allowed.MaxBy(slot => hours.SegmentMean(s, slot));
            summaries.Add(new SendTimeSegment(
                segmentNames[s], customersPerSegment[s], hours.SegmentTrials[s], best % 24, hours.SegmentMean(s, best), hours.IsFallback(s)));
        }

        var globalBest = allowed.MaxBy(slot => hours.GlobalMean[slot]);
        var fatigue = FatigueAnalysis.Analyse(data.CampaignSends, options.Fatigue);
        return new SendTimePlan(
            grid, reason, zone.Id, options.Outcome, hours.LevelStrength, hours.ArmStrength, Day(grid, globalBest), globalBest % 24,
            hours.GlobalMean[globalBest], channels, summaries, recommendations, withoutConsent, fatigue);
    }

    /// <summary>
    /// Hours of the week need, in every allowed slot, enough sends and enough distinct days: a slot
    /// seen on two campaign days cannot tell its own effect from those two campaigns'.
    /// </summary>
    private static (SendTimeGrid Grid, string Reason) ChooseGrid(
        SendTimeOptions options, int[] weekCounts, HashSet<DateOnly>?[] weekDays, IReadOnlyList<CampaignSend> sends)
    {
        var ci = CultureInfo.InvariantCulture;
        var allowedSlots = 7 * (options.LastHour - options.FirstHour + 1);
        int fewSends = 0, fewDays = 0;
        for (var slot = 0; slot < HoursPerWeek; slot++)
        {
            if (slot % 24 >= options.FirstHour && slot % 24 <= options.LastHour)
            {
                fewSends += weekCounts[slot] < options.MinimumSlotSends ? 1 : 0;
                fewDays += (weekDays[slot]?.Count ?? 0) < options.MinimumSlotDays ? 1 : 0;
            }
        }

        var days = sends.Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.SentAt, options.TimeZone).DateTime)).Distinct().Count();
        var counts = string.Format(
            ci, "of {0} allowed hour-of-week slots, {1} have fewer than {2} sends and {3} were sent to on fewer than {4} days; campaigns went out on {5} days",
            allowedSlots, fewSends, options.MinimumSlotSends, fewDays, options.MinimumSlotDays, days);
        return options.Grid switch
        {
            SendTimeGrid.HourOfDay => (SendTimeGrid.HourOfDay, "hour of the day, as asked (" + counts + ")"),
            SendTimeGrid.HourOfWeek => (SendTimeGrid.HourOfWeek, "hour of the week, as asked (" + counts + ")"),
            _ when fewSends == 0 && fewDays == 0 => (SendTimeGrid.HourOfWeek, "hour of the week: every allowed slot has enough sends on enough days (" + counts + ")"),
            _ => (SendTimeGrid.HourOfDay, "hour of the day: the data is too thin for hours of the week (" + counts + ")"),
        };
    }

    private static DayOfWeek? Day(SendTimeGrid grid, int slot) => grid == SendTimeGrid.HourOfWeek ? (DayOfWeek)(((slot / 24) + 1) % 7) : null;
    /// <summary>A seed from the options' seed and the customer id (FNV-1a), stable across processes and orders.</summary>
    private static int Seed(int seed, string customerId)
    {
        var hash = 14695981039346656037UL ^ (uint)seed;
        foreach (var c in customerId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (int)(hash ^ (hash >> 32));
    }
}
