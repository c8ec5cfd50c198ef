namespace Tailor.Customers;

/// <summary>A customer's churn propensity at a cut-off.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="ChurnProbability">Probability of no purchase within the horizon after the cut-off.</param>
/// <param name="Drivers">The features that raised the risk most, largest first (at most <see cref="ChurnModel.DriverCount"/>).</param>
public sealed record ChurnScore(string CustomerId, double ChurnProbability, IReadOnlyList<ChurnDriver> Drivers);
