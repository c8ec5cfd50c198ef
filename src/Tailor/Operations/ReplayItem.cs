namespace Tailor.Operations;

/// <summary>One item of an <see cref="InventoryReplay"/>: its costs and the demand that really came.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="UnitCost">Purchase cost of a unit (above 0): holding cost and EOQ follow from it.</param>
/// <param name="UnitPrice">Selling price of a unit, or null.</param>
/// <param name="Demand">Units demanded per day, oldest first: the history and then the days replayed.</param>
public sealed record ReplayItem(string ItemId, double UnitCost, double? UnitPrice, IReadOnlyList<double> Demand);
