namespace Tailor.Simulation;

/// <summary>What the true response model expects of a planned email campaign.</summary>
/// <param name="Contacts">Customers sent to.</param>
/// <param name="ExpectedOpens">Sum of the true open probabilities.</param>
/// <param name="ExpectedConversions">Sum of the true conversion probabilities.</param>
/// <param name="ExpectedRevenue">Expected conversions times the average order value.</param>
/// <param name="ContactCost">Contacts times cost per contact.</param>
/// <param name="ExpectedUnsubscribes">Sum of the true unsubscribe probabilities.</param>
/// <param name="Profit">Expected revenue times margin, less the contact cost.</param>
public sealed record PlannedEmailOutcome(
    int Contacts, double ExpectedOpens, double ExpectedConversions, double ExpectedRevenue, double ContactCost, double ExpectedUnsubscribes, double Profit);
