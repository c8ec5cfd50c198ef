namespace Tailor.Operations;

/// <summary>
/// ETS for rolling-origin backtests: selects the components by the information criterion at the first
/// (oldest) origin and refits only those components at later origins. Selection fits a dozen models and
/// a refit one, so a three-origin backtest costs about a third as much, at the price of not re-choosing
/// the components as the window grows. One instance serves one series' backtest; it is not thread-safe.
/// </summary>
internal sealed class PinnedEtsForecaster : IForecaster
{
    private readonly EtsOptions _options;
    private EtsForecaster? _pinned;

    public PinnedEtsForecaster(EtsOptions options)
    {
        _options = options;
    }

    public string Name => "ETS";

    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        if (_pinned is not null)
        {
            try
            {
                return _pinned.Fit(series, seasonLength, cancellationToken);
            }
            catch (ArgumentException)
            {
                // The pinned components may not suit this window (a zero for a multiplicative model): select afresh.
            }
        }

        EtsModel model = new EtsForecaster(_options).Fit(series, seasonLength, cancellationToken);
        if (model.Criteria is not null)
        {
            _pinned = new EtsForecaster(_options with { Model = model.Spec });
        }

        return model;
    }
}
