namespace Tailor.Operations;

/// <summary>
/// Knobs of <see cref="InventoryPolicy.Plan"/>. Periods are the forecast's periods (days for daily
/// demand). Defaults live in <see cref="InventoryPolicyDefaults"/>.
/// </summary>
public sealed record InventoryPolicyOptions
{
    /// <summary>Periods from placing an order to having the goods. Range [0, 10000]. Default 7.</summary>
    public int LeadTime { get; init; } = InventoryPolicyDefaults.LeadTime;

    /// <summary>
    /// Periods between stock reviews under periodic review; 0 for continuous review (order whenever the
    /// stock position reaches the reorder point). Range [0, 10000]. Default 0.
    /// </summary>
    public int ReviewPeriod { get; init; } = InventoryPolicyDefaults.ReviewPeriod;

    /// <summary>
    /// Probability of not running out during a replenishment cycle. Range (0, 1). Default 0.95.
    /// </summary>
    public double CycleServiceLevel { get; init; } = InventoryPolicyDefaults.CycleServiceLevel;

    /// <summary>Fixed cost of placing one order, for the EOQ; null to skip the EOQ. Range [0, inf).</summary>
    public double? OrderingCost { get; init; }

    /// <summary>Cost of holding one unit for one period, for the EOQ; null to skip the EOQ. Range (0, inf).</summary>
    public double? HoldingCostPerUnitPerPeriod { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(LeadTime is >= 0 and <= 10_000, nameof(LeadTime), $"must be between 0 and 10000 periods (was {LeadTime})");
        Require(ReviewPeriod is >= 0 and <= 10_000, nameof(ReviewPeriod), $"must be between 0 and 10000 periods (was {ReviewPeriod})");
        Require(LeadTime + ReviewPeriod >= 1, nameof(LeadTime), "plus ReviewPeriod must be at least 1 period");
        Require(CycleServiceLevel is > 0 and < 1, nameof(CycleServiceLevel), $"must be strictly between 0 and 1 (was {CycleServiceLevel})");
        Require(OrderingCost is null or >= 0, nameof(OrderingCost), $"must be at least 0 (was {OrderingCost})");
        Require(HoldingCostPerUnitPerPeriod is null or > 0, nameof(HoldingCostPerUnitPerPeriod), $"must be above 0 (was {HoldingCostPerUnitPerPeriod})");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Inventory option {option} {problem}.", option);
        }
    }
}
