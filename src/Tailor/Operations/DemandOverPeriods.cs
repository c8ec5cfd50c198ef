namespace Tailor.Operations;

/// <summary>Demand summed over several periods, as a mean and a standard deviation (normal approximation).</summary>
/// <param name="Mean">Expected total demand.</param>
/// <param name="StandardDeviation">Standard deviation of the total demand.</param>
public sealed record DemandOverPeriods(double Mean, double StandardDeviation)
{
    /// <summary>
    /// Total demand over forecast periods <paramref name="start"/> to <paramref name="start"/> +
    /// <paramref name="periods"/> - 1 (0 is the next period). The mean adds the point forecasts; the
    /// variance adds each period's variance, read from the 95% interval's half-width. Adding variances
    /// treats the periods' errors as independent: for models whose errors persist (a random walk, ETS
    /// with a large alpha) the true spread is larger, so prefer a short review period or a safety margin
    /// there.
    /// </summary>
    public static DemandOverPeriods FromForecast(ForecastResult forecast, int periods, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        if (periods < 1 || start < 0)
        {
            throw new ArgumentException($"Demand needs at least one period from a non-negative start (periods {periods}, start {start}).", nameof(periods));
        }

        if (start + periods > forecast.Horizon)
        {
            throw new ArgumentException(
                $"The forecast covers {forecast.Horizon} periods; demand over periods {start} to {start + periods - 1} needs a longer forecast.",
                nameof(forecast));
        }

        double mean = 0;
        double variance = 0;
        for (int i = start; i < start + periods; i++)
        {
            mean += forecast.Point[i];

            // The upper half-width is untouched by the zero floor some intermittent intervals have.
            double sd = (forecast.Upper95[i] - forecast.Point[i]) / ForecastIntervals.Z95;
            variance += sd * sd;
        }

        return new DemandOverPeriods(mean, Math.Sqrt(variance));
    }
}
