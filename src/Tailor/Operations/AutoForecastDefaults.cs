namespace Tailor.Operations;

/// <summary>Default values of <see cref="AutoForecastOptions"/>.</summary>
public static class AutoForecastDefaults
{
    /// <summary>Default backtest horizon: 0 means one season (at least 7 periods).</summary>
    public const int Horizon = 0;

    /// <summary>Default number of backtest origins.</summary>
    public const int Origins = 3;

    /// <summary>
    /// Default average inter-demand interval above which a series counts as intermittent: 1.32, the
    /// cut-off of Syntetos, Boylan and Croston (2005).
    /// </summary>
    public const double IntermittentInterval = 1.32;

    /// <summary>Default thread limit for many series: -1, all cores.</summary>
    public const int MaxDegreeOfParallelism = -1;
}
