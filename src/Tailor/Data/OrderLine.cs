namespace Tailor.Data;

/// <summary>One line of an order.</summary>
/// <param name="LineNumber">Position in the order, from 1; with the order id it identifies the line.</param>
/// <param name="ItemId">External id of the item.</param>
/// <param name="Quantity">Units; negative for a cancellation or return.</param>
/// <param name="UnitPrice">Price per unit in the shop currency.</param>
public sealed record OrderLine(int LineNumber, string ItemId, int Quantity, decimal UnitPrice);
