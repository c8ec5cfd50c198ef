namespace Tailor.Operations;

/// <summary>Default values of <see cref="AutoForecastOptions"/>.</summary>
public static class AutoForecastDefaults
{
    /// <summary>Default backtest horizon: 0 means one season (at least 7 periods).</summary>
    public const int Horizon = 0;

    /// <summary>Default number of backtest origins.</summary>
    public const int Origins = 3;

    /// <summary>
    /// Default average inter-demand interval above which a series counts as intermittent: 2, more than
    /// half the periods without demand. The classification cut-off of Syntetos, Boylan and Croston (2005),
    /// 1.32, sent seasonal series with a long off-season (Christmas decorations in Online Retail) to the
    /// flat Croston forecasts, and ETS scored a lower MASE than Croston, SBA and TSB on the simulator's
    /// items with an interval between 1.32 and 2 (docs/benchmarks.md, forecast).
    /// </summary>
    public const double IntermittentInterval = 2;

    /// <summary>
    /// Default fraction by which another candidate's backtest MASE must be lower than ETS's to replace it: 0.2.
    /// Smaller margins switched more often and lost accuracy on average: with margin 0 the mean MASE of a
    /// 28-day holdout rose from 1.03 to 1.19 on the 30 largest Online Retail categories and from 1.18 to
    /// 1.35 on 60 regular simulated items; with 0.1 to 1.17 and 1.22 (docs/benchmarks.md, forecast).
    /// </summary>
    public const double SwitchMargin = 0.2;

    /// <summary>Default thread limit for many series: -1, all cores.</summary>
    public const int MaxDegreeOfParallelism = -1;

    /// <summary>
    /// Relative tolerance of the Nelder-Mead search when the backtest refits ETS from the whole-series fit:
    /// 1e-4 of the likelihood, where R's fits use 1.5e-8. The backtest needs forecasts, not the last
    /// digits of the likelihood: on the Online Retail categories the refits' backtest MASE was as good
    /// as with R's tolerance and cold start, at a tenth of the cost.
    /// </summary>
    internal const double BacktestEtsTolerance = 1e-4;
}
