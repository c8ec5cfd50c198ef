namespace Tailor.Customers;

/// <summary>One reason behind a customer's churn risk: a feature and how far it moved the score.</summary>
/// <param name="Feature">The feature in words, such as "days since last purchase".</param>
/// <param name="Value">The customer's value of the feature at the cut-off, as measured (counts, days, money).</param>
/// <param name="Contribution">
/// The feature's share of the trees' score for this customer (ML.NET feature contributions, normalised so
/// a customer's contributions sum to at most 1 in absolute value); positive raises the churn risk.
/// </param>
public sealed record ChurnDriver(string Feature, double Value, double Contribution);
