namespace Tailor.Operations;

/// <summary>
/// ETS for the rolling-origin backtest of <see cref="AutoForecaster"/>: refits, at each origin, the
/// components selected on the whole series, starting from the whole-series fit and stopping at a looser
/// tolerance than R's. A window differs from the whole series only by its last few periods, so the
/// search starts near its optimum: a refit costs a few hundred likelihood evaluations instead of the
/// thousands of each of the dozen fits a selection makes. The components are chosen with the whole series
/// in view (by the information criterion, not by the backtest's errors); the parameters only see the window.
/// Falls back to R's cold start, then to a fresh selection, where the pinned components do not suit a window.
/// </summary>
internal sealed class PinnedEtsForecaster : IForecaster
{
    private readonly EtsModel _whole;
    private readonly EtsOptions _options;
    private readonly double _relativeTolerance;

    public PinnedEtsForecaster(EtsModel whole, EtsOptions options, double relativeTolerance)
    {
        _whole = whole;
        _options = options;
        _relativeTolerance = relativeTolerance;
    }

    public string Name => "ETS";

    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        // A constant series gets R's constant shortcut, which has no likelihood and nothing to refit.
        if (_whole.Criteria is not null && seasonLength == _whole.SeasonLength)
        {
            if (EtsFitter.Refit(series.ToArray(), _whole, _options, _relativeTolerance, cancellationToken) is { } warm)
            {
                return warm;
            }

            try
            {
                return new EtsForecaster(_options with { Model = _whole.Spec }).Fit(series, seasonLength, cancellationToken);
            }
            catch (ArgumentException)
            {
                // The pinned components do not suit this window (too short for its seasonal states, say).
            }
        }

        return new EtsForecaster(_options).Fit(series, seasonLength, cancellationToken);
    }
}
