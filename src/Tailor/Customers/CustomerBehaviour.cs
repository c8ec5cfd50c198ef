namespace Tailor.Customers;

/// <summary>
/// What one customer's orders say about them up to a reference time: the behaviour k-means groups
/// customers by. Shares are fractions of the customer's spend (categories, discount) or orders
/// (channels) and add up to at most 1.
/// </summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="DaysSinceLastPurchase">Days from the last purchase to the reference time.</param>
/// <param name="PurchaseDays">Days with at least one purchase.</param>
/// <param name="Spend">Total net value of the purchases.</param>
/// <param name="TenureDays">Days from the first purchase to the reference time.</param>
/// <param name="CategoryShares">Share of spend per top-level category, for the categories bought.</param>
/// <param name="ChannelShares">Share of orders per channel ("unknown" when the order has none).</param>
/// <param name="DiscountShare">Share of spend on lines priced below the item's catalogue price.</param>
/// <param name="TopCategory">Category with the largest share of spend, or null when none is known.</param>
public sealed record CustomerBehaviour(
    string CustomerId,
    double DaysSinceLastPurchase,
    int PurchaseDays,
    double Spend,
    double TenureDays,
    IReadOnlyDictionary<string, double> CategoryShares,
    IReadOnlyDictionary<string, double> ChannelShares,
    double DiscountShare,
    string? TopCategory);
