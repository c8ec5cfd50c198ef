namespace Tailor.Operations;

/// <summary>Argument checks shared by every forecaster, so the messages read the same everywhere.</summary>
internal static class SeriesGuard
{
    public static void Series(ReadOnlySpan<double> series, string method, string parameterName = "series")
    {
        if (series.IsEmpty)
        {
            throw new ArgumentException($"{method} needs at least one observation; the series is empty.", parameterName);
        }

        for (int i = 0; i < series.Length; i++)
        {
            if (!double.IsFinite(series[i]))
            {
                throw new ArgumentException(
                    $"{method} needs finite observations; value {i} is {series[i]}. Fill or drop missing periods first.",
                    parameterName);
            }
        }
    }

    public static void SeasonLength(int seasonLength, string parameterName = "seasonLength")
    {
        if (seasonLength < 1)
        {
            throw new ArgumentException(
                $"Season length must be at least 1 (1 means no seasonality); it was {seasonLength}.", parameterName);
        }
    }

    public static void Horizon(int horizon, string parameterName = "horizon")
    {
        if (horizon < 1)
        {
            throw new ArgumentException($"Forecast horizon must be at least 1; it was {horizon}.", parameterName);
        }
    }

    public static void NonNegative(ReadOnlySpan<double> series, string method, string parameterName = "series")
    {
        for (int i = 0; i < series.Length; i++)
        {
            if (series[i] < 0)
            {
                throw new ArgumentException(
                    $"{method} models demand and needs non-negative values; value {i} is {series[i]}.", parameterName);
            }
        }
    }
}
