using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// Rolling-origin evaluation: refits a forecaster at several origins near the end of a series and scores
/// each forecast against the values that followed, with MASE, sMAPE, RMSSE and interval coverage.
/// </summary>
public static class Backtester
{
    /// <summary>
    /// Evaluates <paramref name="forecaster"/> on one series. Throws an <see cref="ArgumentException"/>
    /// when the series is too short for a single origin.
    /// </summary>
    public static SeriesBacktest Evaluate(
        IForecaster forecaster, ReadOnlySpan<double> series, int seasonLength, BacktestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(forecaster);
        options ??= new BacktestOptions();
        options.Validate();
        SeriesGuard.Series(series, "Backtest");
        SeriesGuard.SeasonLength(seasonLength);
        return TryEvaluate(forecaster, series, seasonLength, options, cancellationToken)
            ?? throw new ArgumentException(
                $"A backtest with horizon {options.Horizon} and at least {options.MinimumTraining} training observations needs "
                + $"{options.Horizon + options.MinimumTraining} observations; the series has {series.Length}.",
                nameof(series));
    }

    /// <summary>
    /// Evaluates <paramref name="forecaster"/> on every series in parallel (see
    /// <see cref="BacktestOptions.MaxDegreeOfParallelism"/>). A series too short to test, or one the
    /// forecaster rejects (an <see cref="ArgumentException"/>, such as zeros for a multiplicative model),
    /// is reported as null and left out of the mean; <see cref="BacktestSummary.SeriesTested"/> counts the rest.
    /// <paramref name="progress"/>, if given, receives the number of series done so far.
    /// </summary>
    public static BacktestSummary EvaluateMany(
        IForecaster forecaster,
        IReadOnlyList<double[]> series,
        int seasonLength,
        BacktestOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentNullException.ThrowIfNull(series);
        options ??= new BacktestOptions();
        options.Validate();
        SeriesGuard.SeasonLength(seasonLength);
        for (int i = 0; i < series.Count; i++)
        {
            SeriesGuard.Series(series[i], "Backtest", $"series[{i}]");
        }

        var results = new SeriesBacktest?[series.Count];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, series.Count, parallel, i =>
        {
            try
            {
                results[i] = TryEvaluate(forecaster, series[i], seasonLength, options, cancellationToken);
            }
            catch (ArgumentException)
            {
                results[i] = null;
            }

            progress?.Report(Interlocked.Increment(ref done));
        });
        var tested = new List<AccuracyMetrics>(series.Count);
        foreach (SeriesBacktest? r in results)
        {
            if (r is not null)
            {
                tested.Add(r.Mean);
            }
        }

        AccuracyMetrics mean = tested.Count > 0
            ? AccuracyMetrics.Mean(tested)
            : new AccuracyMetrics(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        return new BacktestSummary(forecaster.Name, [.. results], mean, tested.Count);
    }

    internal static SeriesBacktest? TryEvaluate(
        IForecaster forecaster, ReadOnlySpan<double> series, int seasonLength, BacktestOptions options, CancellationToken cancellationToken)
    {
        List<int> origins = options.OriginsFor(series.Length);
        if (origins.Count == 0)
        {
            return null;
        }

        var results = ImmutableArray.CreateBuilder<BacktestOrigin>(origins.Count);
        var metrics = new List<AccuracyMetrics>(origins.Count);
        foreach (int training in origins)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<double> train = series[..training];
            ReadOnlySpan<double> test = series.Slice(training, options.Horizon);
            IForecastModel model = forecaster.Fit(train, seasonLength, cancellationToken);
            AccuracyMetrics accuracy = ForecastAccuracy.Evaluate(train, test, model.Forecast(options.Horizon), seasonLength);
            results.Add(new BacktestOrigin(training, model.Description, accuracy));
            metrics.Add(accuracy);
        }

        return new SeriesBacktest(forecaster.Name, results.MoveToImmutable(), AccuracyMetrics.Mean(metrics));
    }
}
