using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// Chooses a forecasting method per series by rolling-origin backtest: the candidate with the lowest mean
/// MASE over a few origins wins and is refitted on the whole series. Intermittent series (average
/// interval between demands above 1.32 periods, Syntetos, Boylan and Croston 2005) choose among Croston,
/// SBA and TSB; the others among seasonal naive, naive, ETS and Theta. Simpler candidates come first, so
/// a tie goes to the simpler method.
/// </summary>
public sealed class AutoForecaster : IForecaster
{
    private readonly AutoForecastOptions _options;

    /// <summary>Automatic choice with the default options.</summary>
    public AutoForecaster()
        : this(new AutoForecastOptions())
    {
    }

    /// <summary>Automatic choice with the given options; throws an <see cref="ArgumentException"/> for an option out of range.</summary>
    public AutoForecaster(AutoForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    public string Name => "Auto";

    /// <inheritdoc />
    IForecastModel IForecaster.Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken) =>
        Fit(series, seasonLength, cancellationToken);

    /// <summary>True when the average interval between non-zero periods exceeds <paramref name="threshold"/> and no value is negative.</summary>
    public static bool IsIntermittent(ReadOnlySpan<double> series, double threshold = AutoForecastDefaults.IntermittentInterval)
    {
        int nonZero = 0;
        foreach (double v in series)
        {
            if (v < 0)
            {
                return false;
            }

            if (v > 0)
            {
                nonZero++;
            }
        }

        return nonZero == 0 || (double)series.Length / nonZero > threshold;
    }

    /// <summary>Backtests the candidates on <paramref name="series"/> and returns the winner refitted on all of it.</summary>
    public AutoForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        SeriesGuard.Series(series, "Automatic forecasting");
        SeriesGuard.SeasonLength(seasonLength);
        bool intermittent = IsIntermittent(series, _options.IntermittentInterval);
        List<IForecaster> candidates = Candidates(intermittent, seasonLength);
        var backtest = new BacktestOptions
        {
            Horizon = _options.Horizon > 0 ? _options.Horizon : Math.Max(seasonLength, 7),
            Origins = _options.Origins,
            MinimumTraining = Math.Max(8, 2 * seasonLength),
        };

        var scores = ImmutableArray.CreateBuilder<CandidateScore>(candidates.Count);
        int best = -1;
        foreach (IForecaster candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CandidateScore score = Score(candidate, series, seasonLength, backtest, cancellationToken);
            scores.Add(score);
            if (score.Failure is null && (best < 0 || Better(score, scores[best])))
            {
                best = scores.Count - 1;
            }
        }

        IForecaster chosen = best >= 0 ? candidates[best] : Fallback(intermittent, series.Length, seasonLength);
        if (chosen is PinnedEtsForecaster)
        {
            chosen = new EtsForecaster(_options.Ets);
        }

        IForecastModel model;
        try
        {
            model = chosen.Fit(series, seasonLength, cancellationToken);
        }
        catch (ArgumentException)
        {
            // The backtest saw shorter windows; the full series can still trip a method (a zero in a
            // multiplicative fit, say). The naive methods fit anything.
            chosen = Fallback(intermittent: false, series.Length, seasonLength);
            model = chosen.Fit(series, seasonLength, cancellationToken);
        }

        return new AutoForecastModel(model, chosen.Name, intermittent, scores.ToImmutable());
    }

    /// <summary>
    /// Fits every series in parallel (see <see cref="AutoForecastOptions.MaxDegreeOfParallelism"/>); results
    /// are in input order. <paramref name="progress"/>, if given, receives the number of series done so far.
    /// </summary>
    public IReadOnlyList<AutoForecastModel> FitMany(
        IReadOnlyList<double[]> series, int seasonLength, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        SeriesGuard.SeasonLength(seasonLength);
        for (int i = 0; i < series.Count; i++)
        {
            SeriesGuard.Series(series[i], "Automatic forecasting", $"series[{i}]");
        }

        var models = new AutoForecastModel[series.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        int done = 0;
        Parallel.For(0, series.Count, parallel, i =>
        {
            models[i] = Fit(series[i], seasonLength, cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return models;
    }

    private List<IForecaster> Candidates(bool intermittent, int seasonLength)
    {
        if (intermittent)
        {
            return
            [
                new IntermittentForecaster(new IntermittentOptions { Method = IntermittentMethod.Croston }),
                new IntermittentForecaster(new IntermittentOptions { Method = IntermittentMethod.Sba }),
                new IntermittentForecaster(new IntermittentOptions { Method = IntermittentMethod.Tsb }),
            ];
        }

        var list = new List<IForecaster>(4);
        if (seasonLength > 1)
        {
            list.Add(new SeasonalNaiveForecaster());
        }

        list.Add(new NaiveForecaster());
        if (_options.IncludeEts)
        {
            list.Add(_options.ReselectEtsAtEachOrigin || _options.Ets.Model is not null
                ? new EtsForecaster(_options.Ets)
                : new PinnedEtsForecaster(_options.Ets));
        }

        if (_options.IncludeTheta)
        {
            list.Add(new ThetaForecaster());
        }

        return list;
    }

    private static CandidateScore Score(
        IForecaster candidate, ReadOnlySpan<double> series, int seasonLength, BacktestOptions backtest, CancellationToken cancellationToken)
    {
        try
        {
            SeriesBacktest? result = Backtester.TryEvaluate(candidate, series, seasonLength, backtest, cancellationToken);
            return result is null
                ? new CandidateScore(candidate.Name, double.NaN, double.NaN, "series too short for a backtest")
                : new CandidateScore(candidate.Name, result.Mean.Mase, result.Mean.Mae, null);
        }
        catch (ArgumentException e)
        {
            return new CandidateScore(candidate.Name, double.NaN, double.NaN, e.Message);
        }
    }

    /// <summary>Lower MASE wins; a defined MASE beats an undefined one; with both undefined, lower MAE wins.</summary>
    private static bool Better(CandidateScore a, CandidateScore b)
    {
        if (!double.IsNaN(a.Mase) || !double.IsNaN(b.Mase))
        {
            return !double.IsNaN(a.Mase) && (double.IsNaN(b.Mase) || a.Mase < b.Mase);
        }

        return a.Mae < b.Mae;
    }

    private static IForecaster Fallback(bool intermittent, int length, int seasonLength) =>
        intermittent ? new IntermittentForecaster()
        : seasonLength > 1 && length > seasonLength ? new SeasonalNaiveForecaster()
        : new NaiveForecaster();
}
