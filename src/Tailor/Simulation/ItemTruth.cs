namespace Tailor.Simulation;

/// <summary>The latent truth about one catalogue item.</summary>
/// <param name="ItemId">External id, as in <see cref="SimulatedShop.Items"/>.</param>
/// <param name="Factors">Latent factor vector, correlated with the item's category.</param>
/// <param name="Popularity">Additive log-popularity term of the choice model (mean 0).</param>
/// <param name="Category">Category path of the item.</param>
/// <param name="Consumable">Whether customers re-buy it (candles, tea, soap).</param>
/// <param name="LaunchedAt">
/// Launch time when the item entered the catalogue during the period (and so got a launch boost),
/// otherwise null.
/// </param>
/// <param name="DiscontinuedAt">When the item stopped being sold, or null.</param>
public sealed record ItemTruth(
    string ItemId,
    IReadOnlyList<double> Factors,
    double Popularity,
    string Category,
    bool Consumable,
    DateTimeOffset? LaunchedAt,
    DateTimeOffset? DiscontinuedAt);
