namespace Tailor.Operations;

/// <summary>
/// A univariate forecasting method: fits one series of equally spaced observations (oldest first) and
/// returns a fitted model that forecasts any horizon with 80% and 95% prediction intervals.
/// </summary>
public interface IForecaster
{
    /// <summary>Short name of the method, such as "ETS" or "SeasonalNaive".</summary>
    string Name { get; }

    /// <summary>
    /// Fits the method to <paramref name="series"/>. Throws an <see cref="ArgumentException"/> for an empty
    /// series, a non-finite value, a season length below 1 or data the method cannot model.
    /// </summary>
    /// <param name="series">Observations, oldest first.</param>
    /// <param name="seasonLength">Observations per seasonal cycle (m): 12 for monthly data with a yearly
    /// cycle, 7 for daily data with a weekly cycle, 1 for no seasonality.</param>
    /// <param name="cancellationToken">Stops a long fit.</param>
    IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default);
}
