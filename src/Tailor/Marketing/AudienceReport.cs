using Tailor.Customers;

namespace Tailor.Marketing;

/// <summary>An audience with the evidence behind it.</summary>
/// <param name="Plan">The audience and its cut-off.</param>
/// <param name="AsOf">When the campaign is planned to go out; history up to it was used.</param>
/// <param name="ValueSource">Where conversion values come from.</param>
/// <param name="Propensity">How the channel's conversion propensity measured on later sends, or null when the model was given without one.</param>
/// <param name="Model">How propensities were computed, such as "open (trees) x conversion given open (past rate)".</param>
/// <param name="PerCustomerSendTimes">Whether customers were scored at their own send times rather than one time for all.</param>
public sealed record AudienceReport(
    AudiencePlan Plan,
    DateTimeOffset AsOf,
    string ValueSource,
    ResponsePropensityChannelEvaluation? Propensity,
    string Model,
    bool PerCustomerSendTimes);
