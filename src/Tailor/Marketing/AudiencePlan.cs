namespace Tailor.Marketing;

/// <summary>The customers chosen for a campaign, what they are expected to bring, and why the list ends where it does.</summary>
/// <param name="Channel">Channel of the campaign.</param>
/// <param name="CostPerContact">Cost of one contact.</param>
/// <param name="Budget">The budget, or null for none.</param>
/// <param name="Candidates">Customers considered.</param>
/// <param name="WithoutConsent">Candidates left out for lack of marketing consent.</param>
/// <param name="FrequencyCapped">Candidates with consent left out because the send would exceed the frequency cap.</param>
/// <param name="FrequencyCappedWithPositiveValue">Of those, how many had a positive expected value: what the cap costs now.</param>
/// <param name="Members">The audience, most valuable first.</param>
/// <param name="TotalCost">Contacts times cost per contact.</param>
/// <param name="ExpectedConversions">Sum of the members' propensities.</param>
/// <param name="ExpectedRevenue">Sum of propensity times conversion value (before the margin).</param>
/// <param name="ExpectedProfit">Sum of the members' expected incremental values (after margin and contact cost).</param>
/// <param name="Cutoff">Why the audience ends where it does.</param>
/// <param name="NextExpectedValue">Expected incremental value of the best eligible customer left out, or null when none is.</param>
/// <param name="Explanation">The cut-off in words, with its figures.</param>
public sealed record AudiencePlan(
    string Channel,
    double CostPerContact,
    double? Budget,
    int Candidates,
    int WithoutConsent,
    int FrequencyCapped,
    int FrequencyCappedWithPositiveValue,
    IReadOnlyList<AudienceMember> Members,
    double TotalCost,
    double ExpectedConversions,
    double ExpectedRevenue,
    double ExpectedProfit,
    AudienceCutoff Cutoff,
    double? NextExpectedValue,
    string Explanation);
