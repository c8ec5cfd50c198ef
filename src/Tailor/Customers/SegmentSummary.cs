namespace Tailor.Customers;

/// <summary>One segment of a preset: what it means, how many customers it holds and what they are worth.</summary>
/// <param name="Preset">The preset the segment belongs to.</param>
/// <param name="Name">Segment name; a cluster's number for <see cref="SegmentPreset.Clusters"/>.</param>
/// <param name="Description">What the segment means, in plain words.</param>
/// <param name="Customers">Number of customers in it.</param>
/// <param name="Share">Its share of the customers analysed, 0 to 1.</param>
/// <param name="MeanLifetimeValue">Mean discounted CLV of its customers, or null without CLV or customers.</param>
/// <param name="MeanChurnProbability">Mean churn probability of its customers, or null without churn risk or customers.</param>
public sealed record SegmentSummary(
    SegmentPreset Preset,
    string Name,
    string Description,
    int Customers,
    double Share,
    double? MeanLifetimeValue,
    double? MeanChurnProbability);
