namespace Tailor.Operations;

/// <summary>How an item's order was sized.</summary>
public enum PurchaseRule
{
    /// <summary>Periodic review with a reorder point from the service level and an order-up-to level raised by the EOQ.</summary>
    ReorderPoint,

    /// <summary>Perishable or seasonal: stock up to the newsvendor quantile of demand, where left-overs cost what they cost.</summary>
    Newsvendor,
}
