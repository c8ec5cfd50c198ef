namespace Tailor.Operations;

/// <summary>
/// A candidate known in advance not to fit a series (its fit on the whole series failed): every fit
/// throws the same <see cref="ArgumentException"/>, so a backtest records the reason without retrying.
/// </summary>
internal sealed class UnavailableForecaster(string name, string reason) : IForecaster
{
    public string Name => name;

    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default) =>
        throw new ArgumentException(reason, nameof(series));
}
