namespace Tailor.Customers;

/// <summary>
/// A churn model trained on outcomes known by a cut-off and judged on the horizon after it, next to two baselines: the rank
/// of days since the last purchase, and 1 - P(at least one purchase in the horizon) from BG/NBD.
/// </summary>
/// <param name="Model">The trained model.</param>
/// <param name="TrainingRows">Customer rows the model was trained on, over all stacked cut-offs.</param>
/// <param name="TestCustomers">Customers at the test cut-off.</param>
/// <param name="TestChurnRate">Share of test customers who churned.</param>
/// <param name="Boosted">Quality of the gradient-boosted trees.</param>
/// <param name="Recency">Quality of the recency-rank baseline.</param>
/// <param name="BgNbd">Quality of the BG/NBD baseline.</param>
public sealed record ChurnEvaluation(
    ChurnModel Model,
    int TrainingRows,
    int TestCustomers,
    double TestChurnRate,
    ScoreQuality Boosted,
    ScoreQuality Recency,
    ScoreQuality BgNbd);
