namespace Tailor.Simulation;

/// <summary>True open rates of one variant of an email campaign.</summary>
/// <param name="Variant">Variant name ("A", "B"), or null for a campaign without variants.</param>
/// <param name="BaseOpenRate">
/// Open probability of an active customer who prefers email, receiving it at their preferred hour
/// with no recent sends; the subject line's own quality.
/// </param>
/// <param name="ExpectedOpenRate">Mean true open probability over the customers who actually received this variant.</param>
/// <param name="Sends">Number of customers who received this variant.</param>
public sealed record VariantTruth(string? Variant, double BaseOpenRate, double ExpectedOpenRate, int Sends);
