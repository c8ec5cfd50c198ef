namespace Tailor.Customers;

/// <summary>A customer's probability of responding to a send on a channel now.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Probability">Probability of the model's outcome for one more send, in [0, 1].</param>
/// <param name="PastSends">Earlier sends to the customer on the channel.</param>
/// <param name="RecentSends">Sends on any channel within the fatigue window, this one not counted.</param>
public sealed record ResponsePropensityScore(string CustomerId, string Channel, double Probability, int PastSends, int RecentSends);
