namespace Tailor.Customers;

/// <summary>A customer's churn propensity at a cut-off.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="ChurnProbability">Probability of no purchase within the horizon after the cut-off.</param>
public sealed record ChurnScore(string CustomerId, double ChurnProbability);
