namespace Tailor.Customers;

/// <summary>
/// The shop-wide side of a customer-analytics run: segments and clusters with their meaning and size,
/// the fitted CLV models, how the churn model fared against its baselines, and what was skipped.
/// </summary>
/// <param name="AsOf">The time the customers were analysed at: the shop's last purchase.</param>
/// <param name="Customers">Customers analysed (with a purchase and consent to analytics).</param>
/// <param name="WithoutAnalyticsConsent">Customers left out because they did not consent to analytics.</param>
/// <param name="Segments">Segments of the RFM presets and the clusters, in preset order, largest first.</param>
/// <param name="Clusters">The behavioural clusters with their distinguishing traits, or empty.</param>
/// <param name="MicroSegments">The largest (rfm11 segment, top category) pairs.</param>
/// <param name="BgNbd">The purchase model fitted (in weeks), or null.</param>
/// <param name="GammaGamma">The spend model fitted, or null.</param>
/// <param name="LifetimeValueMonths">Horizon of the CLV figures in months.</param>
/// <param name="ChurnHorizonDays">Horizon of the churn risks in days.</param>
/// <param name="ChurnModel">"trees", "bgnbd" or null: which model gave the churn risks.</param>
/// <param name="ChurnQuality">Trees, recency and BG/NBD measured on the shop's last known horizon, or empty when it could not be measured.</param>
/// <param name="Notes">What was skipped and why.</param>
public sealed record CustomerAnalyticsReport(
    DateTimeOffset AsOf,
    int Customers,
    int WithoutAnalyticsConsent,
    IReadOnlyList<SegmentSummary> Segments,
    IReadOnlyList<BehaviourCluster> Clusters,
    IReadOnlyList<MicroSegment> MicroSegments,
    BgNbdModel? BgNbd,
    GammaGammaModel? GammaGamma,
    int LifetimeValueMonths,
    int ChurnHorizonDays,
    string? ChurnModel,
    IReadOnlyList<ScoreQuality> ChurnQuality,
    IReadOnlyList<string> Notes);
