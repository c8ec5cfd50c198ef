namespace Tailor.Marketing;

/// <summary>A customer chosen for the campaign.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Rank">Position in the audience, 1 for the most valuable.</param>
/// <param name="Propensity">Probability that the send converts.</param>
/// <param name="ConversionValue">Value of a conversion, before the margin.</param>
/// <param name="ExpectedValue">Expected incremental value: propensity x value x margin - cost per contact.</param>
public sealed record AudienceMember(string CustomerId, int Rank, double Propensity, double ConversionValue, double ExpectedValue);
