namespace Tailor.Operations;

/// <summary>
/// Knobs of <see cref="AutoForecaster"/>, which picks a method per series by rolling-origin MASE.
/// Defaults live in <see cref="AutoForecastDefaults"/>.
/// </summary>
public sealed record AutoForecastOptions
{
    /// <summary>
    /// Periods forecast from each backtest origin; 0 means one season, at least 7 periods. Range [0, 10000]. Default 0.
    /// </summary>
    public int Horizon { get; init; } = AutoForecastDefaults.Horizon;

    /// <summary>Backtest origins per series; fewer are used when the series is short. Range [1, 100]. Default 3.</summary>
    public int Origins { get; init; } = AutoForecastDefaults.Origins;

    /// <summary>
    /// A series whose average interval between non-zero periods (ADI = periods / periods with demand)
    /// exceeds this is intermittent and chooses among Croston, SBA and TSB only, without trying ETS.
    /// Range [1, 1e6]. Default 2 (more than half the periods without demand); 1.32 is the cut-off of
    /// Syntetos, Boylan and Croston (2005).
    /// </summary>
    public double IntermittentInterval { get; init; } = AutoForecastDefaults.IntermittentInterval;

    /// <summary>Considers ETS for regular series. Default true; ETS is the slowest candidate.</summary>
    public bool IncludeEts { get; init; } = true;

    /// <summary>Considers the Theta method for regular series. Default true.</summary>
    public bool IncludeTheta { get; init; } = true;

    /// <summary>
    /// Re-selects the ETS components at every backtest origin. Default false: ETS is selected once, on the
    /// whole series (that fit is the final model if ETS wins), and the backtest refits those components at
    /// each origin starting from the whole-series fit, which makes the automatic choice several times
    /// faster. The components are then chosen with the backtest windows in view (by the information
    /// criterion, not by their errors).
    /// </summary>
    public bool ReselectEtsAtEachOrigin { get; init; }

    /// <summary>
    /// ETS is the incumbent: another candidate replaces it only when its mean backtest MASE is lower than
    /// ETS's by more than this fraction. Range [0, 1). Default 0.2; 0 picks the lowest MASE.
    /// </summary>
    public double SwitchMargin { get; init; } = AutoForecastDefaults.SwitchMargin;

    /// <summary>Options of the ETS candidate. Default R's automatic selection.</summary>
    public EtsOptions Ets { get; init; } = new();

    /// <summary>Most threads used by <see cref="AutoForecaster.FitMany"/>; -1 for all cores. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = AutoForecastDefaults.MaxDegreeOfParallelism;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Horizon is >= 0 and <= 10_000, nameof(Horizon), $"must be between 0 and 10000 (was {Horizon})");
        Require(Origins is >= 1 and <= 100, nameof(Origins), $"must be between 1 and 100 (was {Origins})");
        Require(SwitchMargin is >= 0 and < 1, nameof(SwitchMargin), $"must be in [0, 1) (was {SwitchMargin})");
        Require(IntermittentInterval is >= 1 and <= 1e6, nameof(IntermittentInterval), $"must be between 1 and 1e6 (was {IntermittentInterval})");
        Require(
            MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism is >= 1 and <= 1024,
            nameof(MaxDegreeOfParallelism),
            $"must be -1 (all cores) or between 1 and 1024 (was {MaxDegreeOfParallelism})");
        ArgumentNullException.ThrowIfNull(Ets);
        Ets.Validate();
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Auto-forecast option {option} {problem}.", option);
        }
    }
}
