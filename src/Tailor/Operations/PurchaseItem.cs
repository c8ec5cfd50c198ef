namespace Tailor.Operations;

/// <summary>What the planner needs to know about one item besides its forecast.</summary>
/// <param name="ItemId">The shop's item id.</param>
/// <param name="Title">Name shown to people.</param>
/// <param name="UnitCost">Purchase cost of one unit; null when unknown (no EOQ, no cost figures).</param>
/// <param name="UnitPrice">Selling price of one unit; null when unknown (newsvendor falls back to the service level).</param>
/// <param name="OnHand">Units in stock now.</param>
/// <param name="OnOrder">Units ordered and not yet received.</param>
/// <param name="Perishable">Perishable or seasonal: left-over units lose their value, so the newsvendor rule applies.</param>
public sealed record PurchaseItem(
    string ItemId,
    string Title,
    double? UnitCost,
    double? UnitPrice,
    double OnHand,
    double OnOrder,
    bool Perishable)
{
    /// <summary>Stock position: on hand plus on order.</summary>
    public double Position => OnHand + OnOrder;
}
