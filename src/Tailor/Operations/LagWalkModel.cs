namespace Tailor.Operations;

/// <summary>
/// A fitted naive (lag 1) or seasonal naive (lag m) model: each forecast repeats the observation one lag
/// earlier. Intervals follow Hyndman and Athanasopoulos (fpp3 5.5): the h-step standard deviation is
/// sigma * sqrt(k + 1) with k = floor((h - 1) / lag), sigma^2 the mean squared lag difference, as in
/// R's <c>snaive</c> and <c>naive</c>.
/// </summary>
internal sealed class LagWalkModel : IForecastModel
{
    private readonly double[] _lastCycle;
    private readonly double _sigma2;

    public LagWalkModel(ReadOnlySpan<double> series, int lag, int seasonLength, string description)
    {
        SeasonLength = seasonLength;
        Description = description;
        _lastCycle = series[^lag..].ToArray();
        double sum = 0;
        for (int t = lag; t < series.Length; t++)
        {
            double d = series[t] - series[t - lag];
            sum += d * d;
        }

        // With no lag difference there is no spread to measure: the intervals are unknown (NaN), not zero.
        _sigma2 = series.Length > lag ? sum / (series.Length - lag) : double.NaN;
    }

    public string Description { get; }

    public int SeasonLength { get; }

    public InformationCriteria? Criteria => null;

    /// <summary>Mean squared lag difference, the one-step residual variance.</summary>
    public double Sigma2 => _sigma2;

    public ForecastResult Forecast(int horizon)
    {
        SeriesGuard.Horizon(horizon);
        int lag = _lastCycle.Length;
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (int i = 0; i < horizon; i++)
        {
            mean[i] = _lastCycle[i % lag];
            int steps = (i / lag) + 1;
            sd[i] = Math.Sqrt(_sigma2 * steps);
        }

        return ForecastIntervals.FromNormal(Description, mean, sd, null);
    }
}
