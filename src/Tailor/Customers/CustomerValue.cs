namespace Tailor.Customers;

/// <summary>What the BG/NBD and Gamma-Gamma models expect of one customer over the horizon.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="ProbabilityAlive">P(alive) at the calibration end.</param>
/// <param name="ExpectedPurchases">Expected purchase days over the horizon, E[Y(t) | x, t_x, T].</param>
/// <param name="ProbabilityAtLeastOne">Probability of at least one purchase over the horizon.</param>
/// <param name="ExpectedSpend">Expected value of one purchase, E[M | x, m], in currency.</param>
/// <param name="ExpectedRevenue">Expected purchases times expected spend, undiscounted.</param>
/// <param name="LifetimeValue">Expected revenue month by month, discounted at the monthly rate.</param>
public sealed record CustomerValue(
    string CustomerId,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double ProbabilityAtLeastOne,
    double ExpectedSpend,
    double ExpectedRevenue,
    double LifetimeValue);
