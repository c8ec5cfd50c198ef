namespace Tailor.Customers;

/// <summary>What customer analytics concluded about one customer.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Rfm">RFM scores and segments.</param>
/// <param name="Cluster">Behavioural cluster number, or null when the shop was too small to cluster.</param>
/// <param name="Value">BG/NBD and Gamma-Gamma expectations (P(alive), purchases, spend, discounted CLV), or null when they could not be fitted.</param>
/// <param name="Churn">Churn risk, or null when neither model could be fitted.</param>
public sealed record CustomerInsight(string CustomerId, CustomerRfm Rfm, int? Cluster, CustomerValue? Value, ChurnRisk? Churn);
