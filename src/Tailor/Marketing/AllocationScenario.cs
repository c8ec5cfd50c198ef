namespace Tailor.Marketing;

/// <summary>What a budget allocation maximises.</summary>
public enum AllocationScenario
{
    /// <summary>The most incremental revenue for the whole budget.</summary>
    MaxResponse,

    /// <summary>Spend, within the budget, until the marginal ROAS of every channel falls to a target.</summary>
    TargetRoas,

    /// <summary>The most gross profit (margin times incremental revenue, minus spend): a target ROAS of 1 / margin.</summary>
    MaxProfit,
}
