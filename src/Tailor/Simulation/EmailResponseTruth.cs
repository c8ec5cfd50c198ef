namespace Tailor.Simulation;

/// <summary>
/// The true model of how customers respond to an email. The open probability of a copy is the
/// variant's base rate times the hour, channel, activity and fatigue factors below.
/// </summary>
public sealed record EmailResponseTruth
{
    /// <summary>Hour factor far from the preferred hour, range [0, 1].</summary>
    public double HourFloor { get; init; } = 0.4;

    /// <summary>Width in hours of the Gaussian bump of the hour factor around the preferred hour.</summary>
    public double HourWidth { get; init; } = 2.0;

    /// <summary>Open factor for customers whose preferred channel is not email.</summary>
    public double OtherChannelFactor { get; init; } = 0.55;

    /// <summary>Open factor for customers who have dropped out (they rarely read the shop's mail).</summary>
    public double InactiveFactor { get; init; } = 0.35;

    /// <summary>Open factor lost per additional send in the last 30 days.</summary>
    public double FatiguePerSend { get; init; } = 0.06;

    /// <summary>Click probability given an open, when the campaign features a favourite category.</summary>
    public double ClickFavourite { get; init; } = 0.35;

    /// <summary>Click probability given an open, otherwise.</summary>
    public double ClickOther { get; init; } = 0.12;

    /// <summary>Probability that a click by an active customer leads to an order.</summary>
    public double ConversionGivenClick { get; init; } = 0.2;

    /// <summary>Unsubscribe probability of a copy when it is the only one in 30 days.</summary>
    public double BaseUnsubscribe { get; init; } = 0.0015;

    /// <summary>Factor of the circular distance between send hour and preferred hour.</summary>
    public double HourFactor(int sendHour, int preferredHour)
    {
        var distance = HourDistance(sendHour, preferredHour);
        return HourFloor + ((1 - HourFloor) * Math.Exp(-(distance * distance) / (2 * HourWidth * HourWidth)));
    }

    /// <summary>Factor of the customer's preferred channel.</summary>
    public double ChannelFactor(string preferredChannel) =>
        string.Equals(preferredChannel, "email", StringComparison.Ordinal) ? 1.0 : OtherChannelFactor;

    /// <summary>Factor of send frequency; <paramref name="sendsInLast30Days"/> counts this copy too.</summary>
    public double FatigueFactor(int sendsInLast30Days) => Math.Max(0.6, 1 - (FatiguePerSend * Math.Max(0, sendsInLast30Days - 1)));

    /// <summary>True open probability of one copy.</summary>
    public double OpenProbability(
        double baseOpenRate, int sendHour, int preferredHour, string preferredChannel, bool active, int sendsInLast30Days) =>
        Math.Clamp(
            baseOpenRate * HourFactor(sendHour, preferredHour) * ChannelFactor(preferredChannel)
                * (active ? 1.0 : InactiveFactor) * FatigueFactor(sendsInLast30Days),
            0,
            1);

    /// <summary>Unsubscribe probability, rising with the square of the number of recent copies.</summary>
    public double UnsubscribeProbability(int sendsInLast30Days)
    {
        var extra = Math.Max(0, sendsInLast30Days - 1);
        return Math.Min(0.1, BaseUnsubscribe * (1 + (0.5 * extra * extra)));
    }

    /// <summary>Circular distance between two hours of the day, 0 to 12.</summary>
    public static int HourDistance(int hour, int other)
    {
        var distance = Math.Abs(hour - other) % 24;
        return Math.Min(distance, 24 - distance);
    }
}
