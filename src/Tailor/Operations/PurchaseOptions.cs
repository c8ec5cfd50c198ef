namespace Tailor.Operations;

/// <summary>
/// Knobs of <see cref="PurchasePlanner"/>. Periods are days. Defaults live in <see cref="PurchaseDefaults"/>.
/// </summary>
public sealed record PurchaseOptions
{
    /// <summary>
    /// Target cycle service level: the probability of no stock-out between an order arriving and the next
    /// one. Range (0, 1). Default 0.95.
    /// </summary>
    public double ServiceLevel { get; init; } = PurchaseDefaults.ServiceLevel;

    /// <summary>Days from placing an order to having the goods. Range [0, 365]. Default 7.</summary>
    public int LeadTimeDays { get; init; } = PurchaseDefaults.LeadTimeDays;

    /// <summary>Days between purchase reviews (the list is made once a review). Range [1, 365]. Default 7.</summary>
    public int ReviewPeriodDays { get; init; } = PurchaseDefaults.ReviewPeriodDays;

    /// <summary>Fixed cost of ordering one item, for the EOQ, in shop currency. Range [0, 1e9]. Default 2.</summary>
    public double OrderingCost { get; init; } = PurchaseDefaults.OrderingCost;

    /// <summary>Holding cost per year as a share of the unit cost, for the EOQ and the cost figures. Range (0, 10]. Default 0.25.</summary>
    public double AnnualHoldingRate { get; init; } = PurchaseDefaults.AnnualHoldingRate;

    /// <summary>Share of the unit cost recovered from a perishable or seasonal unit left over. Range [0, 1). Default 0.</summary>
    public double SalvageShare { get; init; } = PurchaseDefaults.SalvageShare;

    /// <summary>
    /// Item tags, or attribute names whose value is true, that mark an item perishable or seasonal; such
    /// items are planned with the newsvendor rule. Case-insensitive. Default "perishable" and "seasonal".
    /// </summary>
    public IReadOnlyList<string> PerishableMarkers { get; init; } = PurchaseDefaults.PerishableMarkers;

    /// <summary>Days the stock must cover when ordering: lead time plus review period.</summary>
    public int ProtectionDays => LeadTimeDays + ReviewPeriodDays;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(ServiceLevel is > 0 and < 1, nameof(ServiceLevel), $"must be strictly between 0 and 1 (was {ServiceLevel})");
        Require(LeadTimeDays is >= 0 and <= 365, nameof(LeadTimeDays), $"must be between 0 and 365 days (was {LeadTimeDays})");
        Require(ReviewPeriodDays is >= 1 and <= 365, nameof(ReviewPeriodDays), $"must be between 1 and 365 days (was {ReviewPeriodDays})");
        Require(OrderingCost is >= 0 and <= 1e9, nameof(OrderingCost), $"must be between 0 and 1e9 (was {OrderingCost})");
        Require(AnnualHoldingRate is > 0 and <= 10, nameof(AnnualHoldingRate), $"must be in (0, 10] (was {AnnualHoldingRate})");
        Require(SalvageShare is >= 0 and < 1, nameof(SalvageShare), $"must be in [0, 1) (was {SalvageShare})");
        Require(PerishableMarkers is not null, nameof(PerishableMarkers), "must not be null");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Purchase option {option} {problem}.", option);
        }
    }
}
