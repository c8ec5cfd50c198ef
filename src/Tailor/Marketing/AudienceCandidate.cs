namespace Tailor.Marketing;

/// <summary>A customer who could receive the campaign, with what the models expect of them.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Propensity">Probability that one send converts, in [0, 1].</param>
/// <param name="ConversionValue">Value of a conversion in shop currency (before the margin), at least 0.</param>
/// <param name="HasConsent">Whether the customer agreed to marketing contact.</param>
/// <param name="RecentSends">Sends the customer received within the frequency window, this campaign not counted.</param>
public readonly record struct AudienceCandidate(string CustomerId, double Propensity, double ConversionValue, bool HasConsent, int RecentSends);
