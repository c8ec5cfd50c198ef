namespace Tailor.Operations;

/// <summary>
/// The forecaster the purchase and staffing plans use. Intermittent series (most small-shop items) go
/// to <see cref="AutoForecaster"/>, which picks among Croston, SBA and TSB by backtest; regular series
/// go to ETS with its AICc choice, falling back to Theta and then a flat SBA level where the series is
/// too short for them.
/// Plain and seasonal naive are left out on purpose: they are benchmarks, and as a stocking model a
/// random walk is poor twice over, copying one day's luck into every day of the lead time and claiming a
/// spread that grows without bound. On the simulator's regular sellers, letting the automatic choice take
/// naive forecasts doubled the stock held and still served slightly less.
/// </summary>
public sealed class DemandForecaster : IForecaster
{
    private readonly IForecaster _regular;
    private readonly AutoForecaster _intermittent;
    private readonly double _threshold;

    /// <summary>ETS for regular series, the automatic intermittent choice for the others.</summary>
    public DemandForecaster()
        : this(new EtsForecaster(), new AutoForecastOptions())
    {
    }

    /// <summary>
    /// The given method for regular series; <paramref name="intermittent"/> sets the intermittence
    /// threshold and the backtest of the intermittent choice.
    /// </summary>
    public DemandForecaster(IForecaster regular, AutoForecastOptions intermittent)
    {
        ArgumentNullException.ThrowIfNull(regular);
        ArgumentNullException.ThrowIfNull(intermittent);
        _regular = regular;
        _intermittent = new AutoForecaster(intermittent);
        _threshold = intermittent.IntermittentInterval;
    }

    /// <inheritdoc />
    public string Name => "Demand";

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        SeriesGuard.Series(series, "Demand forecasting");
        SeriesGuard.SeasonLength(seasonLength);
        if (AutoForecaster.IsIntermittent(series, _threshold))
        {
            return _intermittent.Fit(series, seasonLength, cancellationToken);
        }

        foreach (IForecaster method in (IForecaster[])[_regular, new ThetaForecaster(), new IntermittentForecaster()])
        {
            try
            {
                return new ChosenModel(method.Fit(series, seasonLength, cancellationToken), method.Name);
            }
            catch (ArgumentException) when (method is not IntermittentForecaster)
            {
                // Too short for ETS's parameters or Theta's seven points: the next method asks less of the data.
            }
        }

        throw new InvalidOperationException("The last fallback fits any non-negative series.");
    }
}
