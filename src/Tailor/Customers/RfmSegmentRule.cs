namespace Tailor.Customers;

/// <summary>
/// A named box of RFM scores, as the bounds of R's rfm package (<c>rfm_segment</c>'s recency_lower,
/// recency_upper, ...): a customer falls in it when each score lies within its bounds, inclusive.
/// </summary>
/// <param name="Name">Segment name shown to the marketer.</param>
/// <param name="RecencyLow">Lowest R score in the segment.</param>
/// <param name="RecencyHigh">Highest R score in the segment.</param>
/// <param name="FrequencyLow">Lowest F score in the segment.</param>
/// <param name="FrequencyHigh">Highest F score in the segment.</param>
/// <param name="MonetaryLow">Lowest M score in the segment.</param>
/// <param name="MonetaryHigh">Highest M score in the segment.</param>
public sealed record RfmSegmentRule(
    string Name,
    int RecencyLow,
    int RecencyHigh,
    int FrequencyLow,
    int FrequencyHigh,
    int MonetaryLow,
    int MonetaryHigh)
{
    /// <summary>A rule on R and F alone: any M score matches (up to <paramref name="bins"/>).</summary>
    public static RfmSegmentRule RecencyFrequency(string name, int recencyLow, int recencyHigh, int frequencyLow, int frequencyHigh, int bins = RfmDefaults.Bins) =>
        new(name, recencyLow, recencyHigh, frequencyLow, frequencyHigh, 1, bins);

    /// <summary>Whether scores (r, f, m) fall inside the rule's box.</summary>
    public bool Matches(int recency, int frequency, int monetary) =>
        recency >= RecencyLow && recency <= RecencyHigh
        && frequency >= FrequencyLow && frequency <= FrequencyHigh
        && monetary >= MonetaryLow && monetary <= MonetaryHigh;
}
