namespace Tailor.Data;

/// <summary>What one item sold over a period.</summary>
/// <param name="ItemId">External id of the item.</param>
/// <param name="Title">Its title.</param>
/// <param name="Category">Its category, when known.</param>
/// <param name="Units">Units sold, returns subtracted.</param>
/// <param name="Orders">Orders with the item.</param>
/// <param name="Revenue">Quantity x unit price over its lines, returns subtracted.</param>
public sealed record ItemSales(string ItemId, string Title, string? Category, long Units, int Orders, decimal Revenue);
