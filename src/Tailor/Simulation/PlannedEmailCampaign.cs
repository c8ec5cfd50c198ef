namespace Tailor.Simulation;

/// <summary>An email campaign planned after the simulated period, to be judged by the true response model.</summary>
/// <param name="BaseOpenRate">The subject line's own open rate (see <see cref="VariantTruth.BaseOpenRate"/>); the simulator draws 0.40-0.55. Range (0, 1].</param>
/// <param name="Category">Category path the campaign features (customers who favour it click more), or null for none.</param>
/// <param name="CostPerContact">Cost of one send in shop currency, at least 0.</param>
/// <param name="Margin">Share of a conversion's value that is profit, in (0, 1].</param>
public sealed record PlannedEmailCampaign(double BaseOpenRate, string? Category, double CostPerContact, double Margin = 1);
