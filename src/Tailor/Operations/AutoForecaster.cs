using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// Chooses a forecasting method per series by rolling-origin backtest: the candidate with the lowest mean
/// MASE over a few origins wins and is refitted on the whole series, except that ETS is the incumbent and
/// another candidate must beat its MASE by <see cref="AutoForecastOptions.SwitchMargin"/> to replace it.
/// Intermittent series (more than half the periods without demand by default) choose among Croston, SBA
/// and TSB, a cheap path without ETS; the others among seasonal naive, naive, ETS and Theta. Simpler
/// candidates come first, so a tie goes to the simpler method. ETS is selected once on the whole series,
/// as R selects it; that fit is the final model if ETS wins, and the backtest refits its components.
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
        var backtest = new BacktestOptions
        {
            Horizon = _options.Horizon > 0 ? _options.Horizon : Math.Max(seasonLength, 7),
            Origins = _options.Origins,
            MinimumTraining = Math.Max(8, 2 * seasonLength),
        };

        // ETS on the whole series comes first: it is the final model if ETS wins, and its components are
        // the ones the backtest refits at each origin.
        EtsModel? etsWhole = null;
        string? etsFailure = null;
        bool pinEts = !intermittent && _options.IncludeEts && !_options.ReselectEtsAtEachOrigin
            && backtest.OriginsFor(series.Length).Count > 0;
        if (pinEts)
        {
            try
            {
                etsWhole = new EtsForecaster(_options.Ets).Fit(series, seasonLength, cancellationToken);
            }
            catch (ArgumentException e)
            {
                etsFailure = e.Message;
            }
        }

        List<IForecaster> candidates = Candidates(intermittent, seasonLength, etsWhole, etsFailure);
        var scores = ImmutableArray.CreateBuilder<CandidateScore>(candidates.Count);
        int best = -1;
        int ets = -1;
        foreach (IForecaster candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CandidateScore score = Score(candidate, series, seasonLength, backtest, cancellationToken);
            scores.Add(score);
            if (score.Failure is not null)
            {
                continue;
            }

            if (score.Forecaster == "ETS")
            {
                ets = scores.Count - 1;
            }

            if (best < 0 || Better(score, scores[best], 0))
            {
                best = scores.Count - 1;
            }
        }

        // ETS, a model chosen by likelihood, is the incumbent: a few backtest windows are a noisy measure,
        // and switching on small differences loses accuracy on average (docs/benchmarks.md, forecast).
        if (ets >= 0 && best != ets && !Better(scores[best], scores[ets], _options.SwitchMargin))
        {
            best = ets;
        }

        IForecaster chosen = best >= 0 ? candidates[best] : Fallback(intermittent, series.Length, seasonLength);
        IForecastModel model;
        if (chosen is PinnedEtsForecaster && etsWhole is not null)
        {
            model = etsWhole;
        }
        else
        {
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

        // With a series for every core, parallel series keep the cores busy; fitting each series' ETS
        // candidates in parallel as well would only add scheduling. Results do not depend on it.
        AutoForecaster perSeries = series.Count >= Environment.ProcessorCount && _options.Ets.MaxDegreeOfParallelism != 1
            ? new AutoForecaster(_options with { Ets = _options.Ets with { MaxDegreeOfParallelism = 1 } })
            : this;
        int done = 0;
        Parallel.For(0, series.Count, parallel, i =>
        {
            models[i] = perSeries.Fit(series[i], seasonLength, cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return models;
    }

    /// <summary>
    /// The candidates in order, simplest first. With <paramref name="etsWhole"/> the ETS candidate refits its
    /// components; with <paramref name="etsFailure"/> it fails with that reason.
    /// </summary>
    private List<IForecaster> Candidates(bool intermittent, int seasonLength, EtsModel? etsWhole, string? etsFailure)
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
            list.Add(
                etsWhole is not null ? new PinnedEtsForecaster(etsWhole, _options.Ets, AutoForecastDefaults.BacktestEtsTolerance)
                : etsFailure is not null ? new UnavailableForecaster("ETS", etsFailure)
                : new EtsForecaster(_options.Ets));
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

    /// <summary>
    /// Whether <paramref name="a"/> beats <paramref name="b"/> by more than <paramref name="margin"/> (a
    /// fraction of b's error): lower MASE wins; a defined MASE beats an undefined one; with both undefined,
    /// lower MAE wins.
    /// </summary>
    private static bool Better(CandidateScore a, CandidateScore b, double margin)
    {
        if (!double.IsNaN(a.Mase) || !double.IsNaN(b.Mase))
        {
            return !double.IsNaN(a.Mase) && (double.IsNaN(b.Mase) || a.Mase < (1 - margin) * b.Mase);
        }

        return a.Mae < (1 - margin) * b.Mae;
    }

    private static IForecaster Fallback(bool intermittent, int length, int seasonLength) =>
        intermittent ? new IntermittentForecaster()
        : seasonLength > 1 && length > seasonLength ? new SeasonalNaiveForecaster()
        : new NaiveForecaster();
}
