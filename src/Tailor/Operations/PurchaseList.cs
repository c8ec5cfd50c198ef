namespace Tailor.Operations;

/// <summary>The suggested purchase list of a shop on one day.</summary>
/// <param name="AsOf">The day the list is for: the first day after the sales history.</param>
/// <param name="Suggestions">Every item reviewed, the ones to order first, by cost.</param>
/// <param name="ItemsWithoutStock">Available products with no stock figure, which cannot be planned.</param>
public sealed record PurchaseList(DateOnly AsOf, IReadOnlyList<PurchaseSuggestion> Suggestions, int ItemsWithoutStock)
{
    /// <summary>The lines to order: quantity above zero.</summary>
    public IEnumerable<PurchaseSuggestion> ToOrder => Suggestions.Where(s => s.Quantity > 0);

    /// <summary>Cost of the lines to order, where unit costs are known.</summary>
    public double TotalCost => ToOrder.Sum(s => s.Cost ?? 0);
}
