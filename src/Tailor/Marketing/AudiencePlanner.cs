using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// Plans a campaign's audience from a shop's data: conversion propensity per customer on the
/// campaign's channel (at each customer's send time), conversion values, consent and recent sends,
/// then <see cref="AudienceSelector"/>.
/// </summary>
public static class AudiencePlanner
{
    /// <summary>Fits conversion propensity on the shop's sends and plans the audience.</summary>
    /// <param name="data">The shop's customers, orders, events and campaign sends.</param>
    /// <param name="options">The campaign and its limits.</param>
    /// <param name="sendAt">When the campaign goes out (customers without their own time).</param>
    /// <param name="sendTimes">Each customer's own send time, such as <see cref="SendTimePlan.SendTimes"/>, or null.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    /// <exception cref="ArgumentException">Options out of range, no sends on the channel, or no purchases to value conversions by.</exception>
    public static AudienceReport Plan(
        ShopData data, AudienceOptions options, DateTimeOffset sendAt, IReadOnlyDictionary<string, DateTimeOffset>? sendTimes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fit = ResponsePropensity.Fit(data, new ResponsePropensityOptions { Outcome = ResponsePropensityOutcome.Conversion }, null, cancellationToken);
        return Plan(data, options, fit, sendAt, sendTimes, cancellationToken);
    }

    /// <summary>Plans the audience with an already fitted conversion model.</summary>
    /// <param name="data">The shop's customers, orders, events and campaign sends.</param>
    /// <param name="options">The campaign and its limits.</param>
    /// <param name="propensity">A conversion model and its evaluation, from <see cref="ResponsePropensity.Fit"/>.</param>
    /// <param name="sendAt">When the campaign goes out (customers without their own time).</param>
    /// <param name="sendTimes">Each customer's own send time, or null.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    /// <exception cref="ArgumentException">Options out of range, a model of another outcome, no sends on the channel, or nothing to value conversions by.</exception>
    public static AudienceReport Plan(
        ShopData data, AudienceOptions options, ResponsePropensityFit propensity, DateTimeOffset sendAt,
        IReadOnlyDictionary<string, DateTimeOffset>? sendTimes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(propensity);
        options.Validate();
        if (propensity.Model.Outcome != ResponsePropensityOutcome.Conversion)
        {
            throw new ArgumentException($"An audience needs a conversion propensity model, not one of {propensity.Model.Outcome}.", nameof(propensity));
        }

        var scores = propensity.Model.Score(data, options.Channel, sendAt, sendTimes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var values = AudienceValues.Estimate(data.Orders, sendAt, options.OfferValue, cancellationToken);
        var recent = RecentSends(data.CampaignSends, sendAt, options.FrequencyWindowDays);
        var candidates = new AudienceCandidate[scores.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            var customer = data.Customers[i];
            candidates[i] = new AudienceCandidate(
                customer.ExternalId, scores[i].Probability, values.For(customer.ExternalId), customer.Consent.EmailMarketing,
                recent.GetValueOrDefault(customer.ExternalId));
        }

        var plan = AudienceSelector.Select(candidates, options);
        var channelModel = propensity.Model.For(options.Channel)!;
        return new AudienceReport(plan, sendAt, values.Source, propensity.Evaluation.For(options.Channel), channelModel.Description, sendTimes is not null);
    }

    /// <summary>
    /// The first time after the latest send, order or event in the data that is
    /// <paramref name="hour"/>:00 on the shop's clock: when a campaign planned now would go out.
    /// </summary>
    /// <param name="data">The shop's data.</param>
    /// <param name="zone">The shop's time zone.</param>
    /// <param name="hour">Local hour, 0-23.</param>
    /// <exception cref="ArgumentException">The data holds no sends, orders or events, or the hour is out of range.</exception>
    public static DateTimeOffset DefaultSendTime(ShopData data, TimeZoneInfo zone, int hour)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(zone);
        if (hour is < 0 or > 23)
        {
            throw new ArgumentException($"The hour must be 0-23 (was {hour}).", nameof(hour));
        }

        var latest = new[]
        {
            data.CampaignSends.Count > 0 ? data.CampaignSends.Max(s => s.SentAt) : DateTimeOffset.MinValue,
            data.Orders.Count > 0 ? data.Orders.Max(o => o.Timestamp) : DateTimeOffset.MinValue,
            data.Events.Count > 0 ? data.Events.Max(e => e.Timestamp) : DateTimeOffset.MinValue,
        }.Max();
        if (latest == DateTimeOffset.MinValue)
        {
            throw new ArgumentException("The shop has no sends, orders or events to plan from.", nameof(data));
        }

        return SendTimePlan.Next(latest, zone, null, hour);
    }

    /// <summary>Sends per customer on any channel in the window before <paramref name="asOf"/>.</summary>
    internal static Dictionary<string, int> RecentSends(IEnumerable<CampaignSend> sends, DateTimeOffset asOf, int windowDays)
    {
        var from = asOf.AddDays(-windowDays);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var send in sends)
        {
            if (send.SentAt >= from && send.SentAt < asOf)
            {
                counts[send.CustomerId] = counts.GetValueOrDefault(send.CustomerId) + 1;
            }
        }

        return counts;
    }
}
