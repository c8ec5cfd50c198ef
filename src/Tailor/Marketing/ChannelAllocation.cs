namespace Tailor.Marketing;

/// <summary>One channel's line of an <see cref="AllocationPlan"/>. Money and outcomes are totals over the horizon.</summary>
/// <param name="Channel">Channel name.</param>
/// <param name="CurrentSpend">Spend over the horizon at the channel's current daily spend.</param>
/// <param name="RecommendedSpend">Recommended spend over the horizon.</param>
/// <param name="MinSpend">Lowest spend the limits allowed.</param>
/// <param name="MaxSpend">Highest spend the limits allowed (positive infinity for none).</param>
/// <param name="ExpectedResponse">Incremental outcome (orders or revenue) over the horizon at the recommended spend, with its interval.</param>
/// <param name="ExpectedRevenue">Incremental revenue over the horizon at the recommended spend, with its interval.</param>
/// <param name="Roas">Incremental revenue per unit of recommended spend; null when nothing is spent.</param>
/// <param name="MarginalRoas">Incremental revenue of the next unit of spend at the recommended spend.</param>
/// <param name="Identified">Whether the history identifies the channel's curve.</param>
/// <param name="Held">Whether the channel kept its historical share of the spend because its curve is not identified.</param>
public sealed record ChannelAllocation(
    string Channel,
    double CurrentSpend,
    double RecommendedSpend,
    double MinSpend,
    double MaxSpend,
    Estimate ExpectedResponse,
    Estimate ExpectedRevenue,
    Estimate? Roas,
    Estimate MarginalRoas,
    bool Identified,
    bool Held);
