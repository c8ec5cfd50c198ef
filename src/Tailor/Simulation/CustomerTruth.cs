using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>The latent truth about one simulated customer.</summary>
/// <param name="CustomerId">External id, as in <see cref="SimulatedShop.Customers"/>.</param>
/// <param name="Lambda">
/// Purchase rate in purchases a day at seasonality 1 without marketing; the realised rate on a day
/// is Lambda times <see cref="DayTruth.IntensityMultiplier"/>.
/// </param>
/// <param name="DropoutProbability">Probability p of becoming inactive after each repeat purchase.</param>
/// <param name="DropoutAt">
/// Time of the purchase after which the customer became inactive, or null if still active at the
/// end. Only email-driven orders (see <see cref="SimulationGroundTruth.OrderCampaigns"/>) never follow it.
/// </param>
/// <param name="Taste">Latent taste vector; an item's utility is Taste · item factors + item popularity.</param>
/// <param name="FavouriteCategories">The one or two categories the taste vector was built around.</param>
/// <param name="PreferredHour">UTC hour (0-23) at which the customer is most likely to open email and shop.</param>
/// <param name="PreferredChannel">Contact channel the customer responds to best: email, sms or push.</param>
/// <param name="StoreShopper">Whether the customer mostly buys in the physical store (few web events).</param>
/// <param name="PresentAtStart">
/// True for the initial base created before the period; false for customers acquired during it,
/// whose first order is placed when they are created.
/// </param>
/// <param name="ConsentAtSignup">
/// Consent given when created. <see cref="Customer.Consent"/> holds the final state, which lacks
/// email marketing after an unsubscribe.
/// </param>
/// <param name="UnsubscribedAt">When the customer unsubscribed from email, or null.</param>
/// <param name="Source">Acquisition source: a paid channel name, "organic" or "existing".</param>
public sealed record CustomerTruth(
    string CustomerId,
    double Lambda,
    double DropoutProbability,
    DateTimeOffset? DropoutAt,
    IReadOnlyList<double> Taste,
    IReadOnlyList<string> FavouriteCategories,
    int PreferredHour,
    string PreferredChannel,
    bool StoreShopper,
    bool PresentAtStart,
    Consent ConsentAtSignup,
    DateTimeOffset? UnsubscribedAt,
    string Source);
