namespace Tailor.Recommend.Algorithms;

/// <summary>"Customers who bought the antecedent also bought this item."</summary>
/// <param name="Item">Index of the companion item.</param>
/// <param name="Count">Orders containing both.</param>
/// <param name="Support">Share of all orders containing both.</param>
/// <param name="Confidence">Share of the antecedent's orders that also contain the item.</param>
/// <param name="Lift">Confidence over the item's own share of orders: above 1 means more often than chance.</param>
public readonly record struct AssociationRule(int Item, int Count, double Support, double Confidence, double Lift);
