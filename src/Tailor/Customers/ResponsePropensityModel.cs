using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Response propensity per channel: for every customer, the probability that one more send on a
/// channel now gets the response (open, click or conversion), fatigue from recent sends included.
/// </summary>
public sealed class ResponsePropensityModel
{
    internal ResponsePropensityModel(ResponsePropensityOutcome outcome, int fatigueWindowDays, IReadOnlyList<ResponsePropensityChannelModel> channels)
    {
        Outcome = outcome;
        FatigueWindowDays = fatigueWindowDays;
        Channels = channels;
    }

    /// <summary>The response predicted.</summary>
    public ResponsePropensityOutcome Outcome { get; }

    /// <summary>Days in which earlier sends count as recent.</summary>
    public int FatigueWindowDays { get; }

    /// <summary>One model per channel with sends.</summary>
    public IReadOnlyList<ResponsePropensityChannelModel> Channels { get; }

    /// <summary>The model of a channel (case-insensitive), or null when the data had no sends on it.</summary>
    public ResponsePropensityChannelModel? For(string channel) =>
        Channels.FirstOrDefault(c => string.Equals(c.Channel, channel, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every customer's probability of responding to a send on <paramref name="channel"/> at
    /// <paramref name="sendAt"/>, from the history before it; customers in the order of
    /// <see cref="ShopData.Customers"/>.
    /// </summary>
    /// <param name="data">The shop's customers, orders, events and sends.</param>
    /// <param name="channel">A channel the model knows.</param>
    /// <param name="sendAt">When the send would go out; its hour of the day (UTC) matters.</param>
    /// <param name="cancellationToken">Checked while building histories.</param>
    /// <exception cref="ArgumentException">The model has no such channel.</exception>
    public IReadOnlyList<ResponsePropensityScore> Score(ShopData data, string channel, DateTimeOffset sendAt, CancellationToken cancellationToken = default) =>
        Score(data, channel, sendAt, null, cancellationToken);

    /// <summary>
    /// Like <see cref="Score(ShopData, string, DateTimeOffset, CancellationToken)"/>, but each customer
    /// in <paramref name="sendTimes"/> is scored for a send at their own time (the hour of day matters);
    /// the others at <paramref name="sendAt"/>.
    /// </summary>
    /// <param name="data">The shop's customers, orders, events and sends.</param>
    /// <param name="channel">A channel the model knows.</param>
    /// <param name="sendAt">Send time of customers without one of their own.</param>
    /// <param name="sendTimes">Send time per customer id, or null to send everyone at <paramref name="sendAt"/>.</param>
    /// <param name="cancellationToken">Checked while building histories.</param>
    /// <exception cref="ArgumentException">The model has no such channel.</exception>
    public IReadOnlyList<ResponsePropensityScore> Score(
        ShopData data, string channel, DateTimeOffset sendAt, IReadOnlyDictionary<string, DateTimeOffset>? sendTimes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(channel);
        var timeline = ResponsePropensityTimeline.Build(data, cancellationToken);
        var customers = data.Customers.Count;
        var ticks = new long[customers];
        for (var i = 0; i < customers; i++)
        {
            ticks[i] = sendTimes is not null && sendTimes.TryGetValue(timeline.Customers[i], out var at) ? at.UtcTicks : sendAt.UtcTicks;
        }

        return Score(timeline, customers, channel, ticks, cancellationToken);
    }

    internal IReadOnlyList<ResponsePropensityScore> Score(
        ResponsePropensityTimeline timeline, int customers, string channel, long[] sendTicks, CancellationToken cancellationToken)
    {
        var model = For(channel) ?? throw new ArgumentException(
            $"There are no sends on channel '{channel}' to learn from; known channels: {string.Join(", ", Channels.Select(c => c.Channel))}.",
            nameof(channel));
        var channelIndex = timeline.ChannelIndex(model.Channel);
        var flag = ResponsePropensityFeatures.Flag(Outcome);
        var rows = new float[customers][];
        var history = new ResponsePropensityHistory[customers];
        for (var i = 0; i < customers; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows[i] = new float[ResponsePropensityFeatures.Count];
            history[i] = ResponsePropensityFeatures.Fill(timeline, i, channelIndex, sendTicks[i], FatigueWindowDays, flag, rows[i]);
        }

        var probabilities = model.Probabilities(rows, history);
        var scores = new ResponsePropensityScore[customers];
        for (var i = 0; i < customers; i++)
        {
            scores[i] = new ResponsePropensityScore(
                timeline.Customers[i], model.Channel, Math.Clamp(probabilities[i], 0, 1), history[i].Sends, (int)rows[i][11] - 1);
        }

        return scores;
    }
}
