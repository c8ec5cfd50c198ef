namespace Tailor.Operations;

/// <summary>
/// Stock levels for one item from its demand forecast. Under continuous review, order
/// <see cref="EconomicOrderQuantity"/> (or enough to reach <see cref="OrderUpToLevel"/>) when the stock
/// position (on hand + on order - backorders) falls to <see cref="ReorderPoint"/>; under periodic review,
/// order up to <see cref="OrderUpToLevel"/> at each review.
/// </summary>
/// <param name="LeadTimeDemand">Demand over the lead time.</param>
/// <param name="ProtectionDemand">Demand over the protection period: lead time plus review period.</param>
/// <param name="SafetyStock">Stock held against demand above its forecast over the protection period.</param>
/// <param name="ReorderPoint">Mean lead-time demand plus the safety stock of the lead time alone.</param>
/// <param name="OrderUpToLevel">Mean protection-period demand plus <see cref="SafetyStock"/>.</param>
/// <param name="EconomicOrderQuantity">EOQ for the mean forecast demand per period; null without costs.</param>
public sealed record InventoryPlan(
    DemandOverPeriods LeadTimeDemand,
    DemandOverPeriods ProtectionDemand,
    double SafetyStock,
    double ReorderPoint,
    double OrderUpToLevel,
    double? EconomicOrderQuantity)
{
    /// <summary>Units to order now for a stock position: enough to reach the order-up-to level, never negative.</summary>
    public double SuggestedOrder(double stockPosition) => Math.Max(0, OrderUpToLevel - stockPosition);
}
