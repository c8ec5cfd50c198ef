namespace Tailor.Marketing;

/// <summary>A recommended split of a budget over channels, with expected results. Totals are over the horizon.</summary>
/// <param name="Scenario">What was maximised.</param>
/// <param name="Budget">Budget over the horizon.</param>
/// <param name="HorizonDays">Days the budget covers.</param>
/// <param name="TargetRoas">The marginal ROAS spending stops at (null for max response).</param>
/// <param name="Outcome">What responses count.</param>
/// <param name="Method">"lagrange" (exact, all curves concave) or "mip" (OR-Tools, S-shaped curves).</param>
/// <param name="Channels">One line per channel, in name order.</param>
/// <param name="CurrentSpend">Spend over the horizon at current daily spends.</param>
/// <param name="RecommendedSpend">Recommended spend over the horizon (the budget, unless the target or the limits stop earlier).</param>
/// <param name="CurrentResponse">Incremental outcome at current spends, with its interval.</param>
/// <param name="ExpectedResponse">Incremental outcome at the recommended spends, with its interval.</param>
/// <param name="ExpectedRevenue">Incremental revenue at the recommended spends, with its interval.</param>
/// <param name="ExpectedProfit">Margin times incremental revenue minus spend, with its interval; null without a margin.</param>
/// <param name="MarginalRoas">Marginal ROAS shared by the channels spending freely (the Lagrange multiplier).</param>
/// <param name="Warnings">What limited the plan, in plain words.</param>
public sealed record AllocationPlan(
    AllocationScenario Scenario,
    double Budget,
    int HorizonDays,
    double? TargetRoas,
    MarketingOutcome Outcome,
    string Method,
    IReadOnlyList<ChannelAllocation> Channels,
    double CurrentSpend,
    double RecommendedSpend,
    Estimate CurrentResponse,
    Estimate ExpectedResponse,
    Estimate ExpectedRevenue,
    Estimate? ExpectedProfit,
    double MarginalRoas,
    IReadOnlyList<string> Warnings);
