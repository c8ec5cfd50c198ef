namespace Tailor.Customers;

/// <summary>A customer's risk of not buying again within the horizon, and why.</summary>
/// <param name="Probability">Probability of no purchase within <paramref name="HorizonDays"/> days.</param>
/// <param name="HorizonDays">The horizon.</param>
/// <param name="Model">"trees" (gradient-boosted trees) or "bgnbd" (1 - P(at least one purchase), when the trees did not beat it on the shop's last known horizon).</param>
/// <param name="Drivers">The features that raised the risk most (trees only; empty for BG/NBD).</param>
public sealed record ChurnRisk(double Probability, int HorizonDays, string Model, IReadOnlyList<ChurnDriver> Drivers);
