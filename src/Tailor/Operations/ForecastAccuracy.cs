namespace Tailor.Operations;

/// <summary>Accuracy measures of forecasts against actual values (Hyndman and Athanasopoulos, fpp3 5.8-5.9).</summary>
public static class ForecastAccuracy
{
    /// <summary>
    /// The scale of MASE: mean |y_t - y_(t-m)| over the training data, the in-sample MAE of seasonal naive.
    /// Falls back to lag 1 when the training data are not longer than one season; NaN with one observation.
    /// </summary>
    public static double NaiveScale(ReadOnlySpan<double> training, int seasonLength) => LagMean(training, seasonLength, squared: false);

    /// <summary>The scale of RMSSE: mean (y_t - y_(t-m))^2 over the training data, with the same lag rule as <see cref="NaiveScale"/>.</summary>
    public static double NaiveSquaredScale(ReadOnlySpan<double> training, int seasonLength) => LagMean(training, seasonLength, squared: true);

    /// <summary>Mean absolute error.</summary>
    public static double Mae(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        CheckLengths(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            sum += Math.Abs(actual[i] - forecast[i]);
        }

        return sum / actual.Length;
    }

    /// <summary>MAE divided by <paramref name="scale"/> (see <see cref="NaiveScale"/>); NaN when the scale is 0.</summary>
    public static double Mase(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, double scale) =>
        scale > 0 ? Mae(actual, forecast) / scale : double.NaN;

    /// <summary>Root of the MSE divided by <paramref name="squaredScale"/> (see <see cref="NaiveSquaredScale"/>); NaN when the scale is 0.</summary>
    public static double Rmsse(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, double squaredScale)
    {
        CheckLengths(actual, forecast);
        if (!(squaredScale > 0))
        {
            return double.NaN;
        }

        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double e = actual[i] - forecast[i];
            sum += e * e;
        }

        return Math.Sqrt(sum / actual.Length / squaredScale);
    }

    /// <summary>Symmetric MAPE in percent (0 to 200); a period where actual and forecast are both 0 counts as a perfect 0.</summary>
    public static double Smape(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        CheckLengths(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double denominator = Math.Abs(actual[i]) + Math.Abs(forecast[i]);
            if (denominator > 0)
            {
                sum += 200 * Math.Abs(actual[i] - forecast[i]) / denominator;
            }
        }

        return sum / actual.Length;
    }

    /// <summary>Share of actual values within [lower, upper], bounds included.</summary>
    public static double Coverage(ReadOnlySpan<double> actual, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        CheckLengths(actual, lower);
        CheckLengths(actual, upper);
        int inside = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            if (actual[i] >= lower[i] && actual[i] <= upper[i])
            {
                inside++;
            }
        }

        return (double)inside / actual.Length;
    }

    /// <summary>All measures of one forecast against the actual values that followed <paramref name="training"/>.</summary>
    public static AccuracyMetrics Evaluate(ReadOnlySpan<double> training, ReadOnlySpan<double> actual, ForecastResult forecast, int seasonLength)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        if (forecast.Horizon < actual.Length)
        {
            throw new ArgumentException(
                $"The forecast covers {forecast.Horizon} periods but {actual.Length} actual values were given.", nameof(forecast));
        }

        int h = actual.Length;
        ReadOnlySpan<double> point = forecast.Point.AsSpan(0, h);
        return new AccuracyMetrics(
            Mae(actual, point),
            Mase(actual, point, NaiveScale(training, seasonLength)),
            Smape(actual, point),
            Rmsse(actual, point, NaiveSquaredScale(training, seasonLength)),
            Coverage(actual, forecast.Lower80.AsSpan(0, h), forecast.Upper80.AsSpan(0, h)),
            Coverage(actual, forecast.Lower95.AsSpan(0, h), forecast.Upper95.AsSpan(0, h)));
    }

    private static double LagMean(ReadOnlySpan<double> training, int seasonLength, bool squared)
    {
        SeriesGuard.SeasonLength(seasonLength);
        int lag = training.Length > seasonLength ? seasonLength : 1;
        if (training.Length <= lag)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int t = lag; t < training.Length; t++)
        {
            double d = training[t] - training[t - lag];
            sum += squared ? d * d : Math.Abs(d);
        }

        return sum / (training.Length - lag);
    }

    private static void CheckLengths(ReadOnlySpan<double> actual, ReadOnlySpan<double> other)
    {
        if (actual.IsEmpty)
        {
            throw new ArgumentException("Accuracy needs at least one actual value.", nameof(actual));
        }

        if (actual.Length != other.Length)
        {
            throw new ArgumentException(
                $"Accuracy needs as many forecasts as actual values ({other.Length} vs {actual.Length}).", nameof(other));
        }
    }
}
