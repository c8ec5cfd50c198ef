namespace Tailor.Marketing;

/// <summary>What <see cref="BudgetPlanner.Plan"/> allocates and under which limits. Defaults live in <see cref="AllocationDefaults"/>.</summary>
public sealed record AllocationOptions
{
    /// <summary>Money to allocate over the horizon, in shop currency. Range (0, 1e12]. Required.</summary>
    public double Budget { get; init; }

    /// <summary>What to maximise. Default <see cref="AllocationScenario.MaxResponse"/>.</summary>
    public AllocationScenario Scenario { get; init; } = AllocationScenario.MaxResponse;

    /// <summary>
    /// Days the budget covers; spend is planned as a steady daily amount (the adstock's ramp-up is
    /// ignored). Range [1, 366]. Default 30.
    /// </summary>
    public int HorizonDays { get; init; } = AllocationDefaults.HorizonDays;

    /// <summary>
    /// With <see cref="AllocationScenario.TargetRoas"/>: the marginal ROAS (incremental revenue per unit
    /// of spend) at which to stop spending. Range (0, 1000].
    /// </summary>
    public double? TargetRoas { get; init; }

    /// <summary>
    /// Gross margin as a share of revenue, range (0, 1]. Needed for <see cref="AllocationScenario.MaxProfit"/>;
    /// when given, plans also report profit (margin times incremental revenue, minus spend).
    /// </summary>
    public double? Margin { get; init; }

    /// <summary>Smallest spend per channel over the horizon (amounts or shares of historical spend).</summary>
    public IReadOnlyList<SpendLimit> Minimums { get; init; } = [];

    /// <summary>Largest spend per channel over the horizon (amounts or shares of historical spend).</summary>
    public IReadOnlyList<SpendLimit> Maximums { get; init; } = [];

    /// <summary>
    /// Largest change of any channel relative to its historical spend, such as 0.5 for within
    /// ±50 %; applied together with <see cref="Minimums"/> and <see cref="Maximums"/>. Range [0, 100]; null for none.
    /// </summary>
    public double? MaxChange { get; init; }

    /// <summary>
    /// Cap of each channel's planned daily spend as a multiple of its highest weekly spend in the
    /// history (<see cref="ChannelResponse.PeakDailySpend"/>): beyond what the data have seen a curve
    /// is a guess, and an optimistic one for a saturation the data never reached. Applied together
    /// with the other limits; a channel's own maximum replaces it; the plan warns about channels it
    /// stops. Range [1, 1000]; null for no cap. Default 1 (no spend beyond the history's highest week).
    /// </summary>
    public double? MaxExtrapolation { get; init; } = AllocationDefaults.MaxExtrapolation;

    /// <summary>
    /// Whether channels whose curve the history cannot identify keep their historical share of the
    /// budget (max response) or of the plan's spend (with a target ROAS, within the other limits)
    /// (true, the default) rather than being moved on a guess. Limits the user gives such a channel
    /// replace this.
    /// </summary>
    public bool HoldUnidentified { get; init; } = AllocationDefaults.HoldUnidentified;

    /// <summary>
    /// Whether to plan on the mean of the bootstrap curves, the expected response given what the data
    /// leaves uncertain (true, the default), rather than on the single best-fitting curve. Without
    /// bootstrap draws the best-fitting curve is used either way.
    /// </summary>
    public bool ExpectedOverDraws { get; init; } = AllocationDefaults.ExpectedOverDraws;

    /// <summary>Linear pieces per S-shaped curve in the MIP. Range [4, 1000]. Default 32.</summary>
    public int Segments { get; init; } = BudgetAllocator.DefaultSegments;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(double.IsFinite(Budget) && Budget is > 0 and <= 1e12, nameof(Budget), $"must be a positive amount up to 1e12 (was {Budget})");
        Require(Enum.IsDefined(Scenario), nameof(Scenario), $"is unknown ({Scenario})");
        Require(HorizonDays is >= 1 and <= 366, nameof(HorizonDays), $"must be between 1 and 366 (was {HorizonDays})");
        Require(TargetRoas is null || (double.IsFinite(TargetRoas.Value) && TargetRoas is > 0 and <= 1000), nameof(TargetRoas), $"must be in (0, 1000] (was {TargetRoas})");
        Require(Scenario != AllocationScenario.TargetRoas || TargetRoas is not null, nameof(TargetRoas), "is required by the target-ROAS scenario");
        Require(Margin is null || (double.IsFinite(Margin.Value) && Margin is > 0 and <= 1), nameof(Margin), $"must be in (0, 1] (was {Margin})");
        Require(Scenario != AllocationScenario.MaxProfit || Margin is not null, nameof(Margin), "is required by the max-profit scenario");
        Require(MaxChange is null || (double.IsFinite(MaxChange.Value) && MaxChange is >= 0 and <= 100), nameof(MaxChange), $"must be in [0, 100] (was {MaxChange})");
        Require(MaxExtrapolation is null || (double.IsFinite(MaxExtrapolation.Value) && MaxExtrapolation is >= 1 and <= 1000), nameof(MaxExtrapolation), $"must be in [1, 1000] (was {MaxExtrapolation})");
        Require(Minimums is not null && Minimums.All(m => m is not null), nameof(Minimums), "must not be null or hold null");
        Require(Maximums is not null && Maximums.All(m => m is not null), nameof(Maximums), "must not be null or hold null");
        Require(Segments is >= 4 and <= 1000, nameof(Segments), $"must be between 4 and 1000 (was {Segments})");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{option} {problem}.", option);
        }
    }
}
