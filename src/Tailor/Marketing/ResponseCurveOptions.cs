namespace Tailor.Marketing;

/// <summary>Knobs of <see cref="ResponseCurveFitter"/>. Defaults live in <see cref="ResponseCurveDefaults"/>.</summary>
public sealed record ResponseCurveOptions
{
    /// <summary>Optimizer runs from different random starting curves; the best likelihood wins. Range [1, 200]. Default 8.</summary>
    public int Starts { get; init; } = ResponseCurveDefaults.Starts;

    /// <summary>Seed of the random starts and the bootstrap; the same seed and data give the same model. Any value.</summary>
    public int Seed { get; init; } = ResponseCurveDefaults.Seed;

    /// <summary>
    /// Refits on block-bootstrapped residuals that give the intervals. Range [0, 2000]; 0 skips the
    /// bootstrap (intervals then collapse to the estimate). Default 60.
    /// </summary>
    public int BootstrapReplicates { get; init; } = ResponseCurveDefaults.BootstrapReplicates;

    /// <summary>Length in days of the residual blocks the bootstrap resamples. Range [1, 365]. Default 28.</summary>
    public int BootstrapBlockDays { get; init; } = ResponseCurveDefaults.BootstrapBlockDays;

    /// <summary>Coverage of the bootstrap percentile intervals. Range [0.5, 0.99]. Default 0.9.</summary>
    public double IntervalLevel { get; init; } = ResponseCurveDefaults.IntervalLevel;

    /// <summary>Days between the knots of the piecewise-linear log trend. Range [14, 3660]. Default 91.</summary>
    public int TrendKnotDays { get; init; } = ResponseCurveDefaults.TrendKnotDays;

    /// <summary>Sine and cosine pairs of the yearly season. Range [0, 20]. Default 10.</summary>
    public int YearlyHarmonics { get; init; } = ResponseCurveDefaults.YearlyHarmonics;

    /// <summary>Days of history needed before the yearly season is fitted. Range [365, 3660]. Default 700.</summary>
    public int YearlyMinDays { get; init; } = ResponseCurveDefaults.YearlyMinDays;

    /// <summary>
    /// Last days whose mean spend is a channel's "current" spend and whose mean baseline (without
    /// weekday and season) is the level plans multiply lifts with. Range [7, 365]. Default 28.
    /// </summary>
    public int CurrentDays { get; init; } = ResponseCurveDefaults.CurrentDays;

    /// <summary>
    /// Distinct weekly spend levels (zero counts as one; levels 25 % apart) below which a channel's
    /// curve is reported as not identified. Range [2, 50]. Default 5.
    /// </summary>
    public int MinSpendLevels { get; init; } = ResponseCurveDefaults.MinSpendLevels;

    /// <summary>Days with spend below which a channel's curve is reported as not identified. Range [1, 3660]. Default 21.</summary>
    public int MinSpendDays { get; init; } = ResponseCurveDefaults.MinSpendDays;

    /// <summary>
    /// Weight of a weak prior that keeps curves the data cannot pin down near ordinary ones: log Hill
    /// shape ~ Normal(0, 0.5) and log(half-saturation / typical spend) ~ Normal(0, 1), in units of
    /// log-likelihood, so it fades as data grows. Range [0, 1000]; 0 is plain maximum likelihood. Default 1.
    /// </summary>
    public double PriorWeight { get; init; } = ResponseCurveDefaults.PriorWeight;

    /// <summary>Most iterations of each optimizer run. Range [10, 100,000]. Default 3000.</summary>
    public int MaxIterations { get; init; } = ResponseCurveDefaults.MaxIterations;

    /// <summary>Convergence test on the gradient of the likelihood divided by the total outcome. Range (0, 1e-2]. Default 1e-7.</summary>
    public double GradientTolerance { get; init; } = ResponseCurveDefaults.GradientTolerance;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Starts is >= 1 and <= 200, nameof(Starts), $"must be between 1 and 200 (was {Starts})");
        Require(BootstrapReplicates is >= 0 and <= 2000, nameof(BootstrapReplicates), $"must be between 0 and 2000 (was {BootstrapReplicates})");
        Require(BootstrapBlockDays is >= 1 and <= 365, nameof(BootstrapBlockDays), $"must be between 1 and 365 (was {BootstrapBlockDays})");
        Require(IntervalLevel is >= 0.5 and <= 0.99, nameof(IntervalLevel), $"must be between 0.5 and 0.99 (was {IntervalLevel})");
        Require(TrendKnotDays is >= 14 and <= 3660, nameof(TrendKnotDays), $"must be between 14 and 3660 (was {TrendKnotDays})");
        Require(YearlyHarmonics is >= 0 and <= 20, nameof(YearlyHarmonics), $"must be between 0 and 20 (was {YearlyHarmonics})");
        Require(YearlyMinDays is >= 365 and <= 3660, nameof(YearlyMinDays), $"must be between 365 and 3660 (was {YearlyMinDays})");
        Require(CurrentDays is >= 7 and <= 365, nameof(CurrentDays), $"must be between 7 and 365 (was {CurrentDays})");
        Require(MinSpendLevels is >= 2 and <= 50, nameof(MinSpendLevels), $"must be between 2 and 50 (was {MinSpendLevels})");
        Require(MinSpendDays is >= 1 and <= 3660, nameof(MinSpendDays), $"must be between 1 and 3660 (was {MinSpendDays})");
        Require(PriorWeight is >= 0 and <= 1000, nameof(PriorWeight), $"must be between 0 and 1000 (was {PriorWeight})");
        Require(MaxIterations is >= 10 and <= 100_000, nameof(MaxIterations), $"must be between 10 and 100,000 (was {MaxIterations})");
        Require(GradientTolerance is > 0 and <= 1e-2, nameof(GradientTolerance), $"must be in (0, 0.01] (was {GradientTolerance})");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{option} {problem}.", option);
        }
    }
}
