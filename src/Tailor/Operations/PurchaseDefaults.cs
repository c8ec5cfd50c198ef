namespace Tailor.Operations;

/// <summary>Default values of <see cref="PurchaseOptions"/>.</summary>
public static class PurchaseDefaults
{
    /// <summary>Default cycle service level: no stock-out in 95% of replenishment cycles.</summary>
    public const double ServiceLevel = 0.95;

    /// <summary>Default days from ordering to having the goods on the shelf.</summary>
    public const int LeadTimeDays = 7;

    /// <summary>Default days between purchase reviews: weekly.</summary>
    public const int ReviewPeriodDays = 7;

    /// <summary>
    /// Default cost of one order line in shop currency: the marginal admin and handling of one more item
    /// on a purchase order that goes out anyway.
    /// </summary>
    public const double OrderingCost = 2;

    /// <summary>Default cost of holding stock for a year as a share of its unit cost: 25%, the usual planning figure (capital, space, shrinkage).</summary>
    public const double AnnualHoldingRate = 0.25;

    /// <summary>Default share of the unit cost recovered from a perishable or seasonal unit left over: none.</summary>
    public const double SalvageShare = 0;

    /// <summary>Default tags (or true-valued attributes) that make an item perishable or seasonal: planned with the newsvendor rule.</summary>
    public static IReadOnlyList<string> PerishableMarkers { get; } = ["perishable", "seasonal"];
}
