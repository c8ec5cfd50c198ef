namespace Tailor.Data;

/// <summary>Marketing spend of one channel on one day, with what the channel reports it bought.</summary>
/// <param name="Channel">Channel name, such as email, social, search, print.</param>
/// <param name="Date">The day, in the shop time zone.</param>
/// <param name="Amount">Money spent in the shop currency.</param>
/// <param name="Impressions">Impressions reported by the channel.</param>
/// <param name="Clicks">Clicks reported by the channel.</param>
/// <param name="Conversions">Conversions the channel attributes to itself.</param>
/// <param name="Revenue">Revenue the channel attributes to itself.</param>
public sealed record Spend(
    string Channel,
    DateOnly Date,
    decimal Amount,
    long? Impressions,
    long? Clicks,
    double? Conversions,
    decimal? Revenue);
