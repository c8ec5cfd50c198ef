namespace Tailor.Simulation;

/// <summary>
/// When a customer buys and why; the basket is drawn later. For email purchases the campaign, send
/// and clicked item are kept so the order can be tied back to them.
/// </summary>
internal readonly record struct PurchaseSlot(double Time, PurchaseKind Kind, int Campaign = -1, int Send = -1, int ClickedItem = -1);
