namespace Tailor.Operations;

/// <summary>
/// Seasonal naive forecasts: each future period equals the observation one season earlier, as R's
/// <c>snaive</c>. With a season length of 1, or a series not longer than one season, it is the naive method.
/// </summary>
public sealed class SeasonalNaiveForecaster : IForecaster
{
    /// <inheritdoc />
    public string Name => "SeasonalNaive";

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        SeriesGuard.Series(series, "Seasonal naive");
        SeriesGuard.SeasonLength(seasonLength);
        return seasonLength > 1 && series.Length > seasonLength
            ? new LagWalkModel(series, seasonLength, seasonLength, "Seasonal naive")
            : new LagWalkModel(series, 1, seasonLength, "Naive");
    }
}
