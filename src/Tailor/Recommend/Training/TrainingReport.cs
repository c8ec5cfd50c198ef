namespace Tailor.Recommend.Training;

/// <summary>What training did: the data it saw, the blend it chose and how that blend scored on validation.</summary>
/// <param name="Users">Users (customers and anonymous sessions) in the interaction matrix.</param>
/// <param name="Items">Items in the model.</param>
/// <param name="Interactions">Non-zero user-item cells.</param>
/// <param name="ExcludedCustomers">Customers left out because they did not consent to personalization.</param>
/// <param name="Weights">Weight of each component model in the blend; 1 for each component of a re-ranker.</param>
/// <param name="Validation">Validation metrics of the chosen blend and of each component, by name.</param>
/// <param name="Seconds">Wall time of training.</param>
public sealed record TrainingReport(
    int Users,
    int Items,
    int Interactions,
    int ExcludedCustomers,
    IReadOnlyDictionary<string, float> Weights,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Validation,
    double Seconds)
{
    /// <summary>How the components are combined: "blend" (fixed weights) or "rerank" (learned trees over their candidates).</summary>
    public string Ranker { get; init; } = "blend";
}
