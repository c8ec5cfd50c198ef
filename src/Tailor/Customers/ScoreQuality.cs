namespace Tailor.Customers;

/// <summary>How well a score ranks and predicts churn on held-out customers.</summary>
/// <param name="Name">What produced the score.</param>
/// <param name="Auc">Area under the ROC curve: the chance a churner scores above a retained customer (ties count half).</param>
/// <param name="LogLoss">Mean negative log-likelihood of the outcomes in nats, or null for a score that is a rank, not a probability.</param>
public sealed record ScoreQuality(string Name, double Auc, double? LogLoss);
