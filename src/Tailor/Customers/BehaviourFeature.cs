namespace Tailor.Customers;

/// <summary>A clustering feature with the words for a cluster above or below the average customer.</summary>
/// <param name="Name">Feature name.</param>
/// <param name="High">Phrase for a cluster above average.</param>
/// <param name="Low">Phrase for a cluster below average.</param>
/// <param name="Value">Raw value of a customer, before standardising.</param>
internal sealed record BehaviourFeature(string Name, string High, string Low, Func<CustomerBehaviour, double> Value);
