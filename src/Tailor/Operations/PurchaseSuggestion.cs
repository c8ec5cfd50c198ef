namespace Tailor.Operations;

/// <summary>One line of the suggested purchase list, with the figures behind it.</summary>
/// <param name="ItemId">The shop's item id.</param>
/// <param name="Title">Name shown to people.</param>
/// <param name="Quantity">Units to order now; 0 when the stock covers the period.</param>
/// <param name="Why">Plain-language reason for the quantity.</param>
/// <param name="Cost">Quantity x unit cost; null when the unit cost is unknown.</param>
/// <param name="Rule">How the quantity was sized.</param>
/// <param name="OnHand">Units in stock.</param>
/// <param name="Position">On hand plus on order, before this order.</param>
/// <param name="DailyDemand">Forecast units per day over the protection period.</param>
/// <param name="ProtectionDemand">Forecast units over lead time plus review period.</param>
/// <param name="SafetyStock">Reorder point minus the mean protection demand: stock held against demand above its forecast.</param>
/// <param name="ReorderPoint">Order when the position is below this many units.</param>
/// <param name="OrderUpTo">Order enough to bring the position to this level.</param>
/// <param name="EconomicOrderQuantity">sqrt(2 K D / h) for the yearly forecast demand; null without a unit cost.</param>
/// <param name="RiskBefore">Probability of running out before the next order could arrive, holding the current position.</param>
/// <param name="RiskAfter">The same after this order.</param>
public sealed record PurchaseSuggestion(
    string ItemId,
    string Title,
    int Quantity,
    string Why,
    double? Cost,
    PurchaseRule Rule,
    double OnHand,
    double Position,
    double DailyDemand,
    double ProtectionDemand,
    double SafetyStock,
    int ReorderPoint,
    int OrderUpTo,
    double? EconomicOrderQuantity,
    double RiskBefore,
    double RiskAfter);
