namespace Tailor.Customers;

/// <summary>A feature on which a cluster differs from the customer base.</summary>
/// <param name="Feature">Feature name, such as "recency", "category:Garden" or "channel:store".</param>
/// <param name="StandardScore">Cluster mean of the standardised feature: + above the average customer, - below.</param>
/// <param name="Phrase">The difference in plain words, such as "buy often".</param>
public sealed record ClusterTrait(string Feature, double StandardScore, string Phrase);
