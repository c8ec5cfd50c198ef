namespace Tailor.Operations;

/// <summary>
/// Naive (random walk) forecasts: every future period equals the last observation, as R's <c>naive</c>.
/// The benchmark every other method must beat.
/// </summary>
public sealed class NaiveForecaster : IForecaster
{
    /// <inheritdoc />
    public string Name => "Naive";

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        SeriesGuard.Series(series, "Naive");
        SeriesGuard.SeasonLength(seasonLength);
        return new LagWalkModel(series, 1, seasonLength, "Naive");
    }
}
