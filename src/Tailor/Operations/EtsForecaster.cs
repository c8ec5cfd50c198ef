using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// Exponential smoothing state space models (ETS; Hyndman, Koehler, Ord and Snyder 2008) fitted by
/// maximum likelihood exactly as R's <c>forecast::ets</c>: the same starting states, parameter region,
/// optimiser, likelihood and information criteria, so the selected model and its forecasts agree with R.
/// </summary>
public sealed class EtsForecaster : IForecaster
{
    private readonly EtsOptions _options;

    /// <summary>Automatic model selection with R's defaults.</summary>
    public EtsForecaster()
        : this(new EtsOptions())
    {
    }

    /// <summary>ETS with the given options; throws an <see cref="ArgumentException"/> for an option out of range.</summary>
    public EtsForecaster(EtsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    public string Name => "ETS";

    /// <inheritdoc />
    IForecastModel IForecaster.Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken) =>
        Fit(series, seasonLength, cancellationToken);

    /// <summary>
    /// Fits the configured model, or selects the best by the information criterion. Throws an
    /// <see cref="ArgumentException"/> for bad input: an empty or too short series, a season length
    /// below 1, a multiplicative model on data that are not strictly positive, a forbidden combination.
    /// </summary>
    public EtsModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        SeriesGuard.Series(series, "ETS");
        SeriesGuard.SeasonLength(seasonLength);
        double[] y = series.ToArray();
        bool positive = Min(y) > 0;
        return _options.Model is { } spec
            ? FitGiven(y, seasonLength, spec, positive, cancellationToken)
            : Select(y, seasonLength, positive, cancellationToken);
    }

    private EtsModel FitGiven(double[] y, int m, EtsSpec spec, bool positive, CancellationToken cancellationToken)
    {
        int n = y.Length;
        if (spec.HasSeason)
        {
            if (m == 1)
            {
                throw new ArgumentException($"{spec} is seasonal but the season length is 1.", nameof(m));
            }

            if (m > _options.MaxSeasonLength)
            {
                throw new ArgumentException(
                    $"{spec}: season length {m} exceeds MaxSeasonLength {_options.MaxSeasonLength}.", nameof(m));
            }

            if (n <= m)
            {
                throw new ArgumentException($"{spec} needs more than one season ({m}) of data; the series has {n}.", "series");
            }
        }

        if (spec.IsRestricted)
        {
            throw new ArgumentException($"{spec} is a forbidden combination: additive errors with multiplicative seasonality are unstable.");
        }

        if (!positive && (spec.Error == EtsError.Multiplicative || spec.Season == EtsSeason.Multiplicative))
        {
            throw new ArgumentException(
                $"{spec} is multiplicative and needs strictly positive data; the series has zero or negative values.", "series");
        }

        int parameters = 2 + (spec.HasTrend ? 2 : 0) + (spec.HasSeason ? m : 0) + (spec.Damped ? 1 : 0);
        if (n <= parameters + 4)
        {
            throw new ArgumentException(
                $"{spec} has {parameters} parameters and needs more than {parameters + 4} observations; the series has {n}.", "series");
        }

        return EtsFitter.Fit(y, m, spec, _options, cancellationToken)
            ?? throw new ArgumentException($"{spec} could not be fitted to this series (too few observations for its states).", "series");
    }

    private EtsModel Select(double[] y, int m, bool positive, CancellationToken cancellationToken)
    {
        int n = y.Length;
        if (IsConstant(y))
        {
            return Constant(y, m);
        }

        // Same rule as R: ETS fits at least alpha and a level, and wants four more observations than that.
        if (n <= 6)
        {
            throw new ArgumentException($"Automatic ETS needs at least 7 observations; the series has {n}.", "series");
        }

        bool seasonal = m > 1 && n > m && m <= _options.MaxSeasonLength;
        EtsSpec[] candidates = [.. Candidates(seasonal, positive)];
        var fits = new EtsModel?[candidates.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, candidates.Length, parallel, i => fits[i] = EtsFitter.Fit(y, m, candidates[i], _options, cancellationToken));

        // Pick in R's order, so a tie goes to the model R would keep.
        EtsModel? best = null;
        double bestScore = double.PositiveInfinity;
        foreach (EtsModel? fit in fits)
        {
            if (fit?.Criteria is not { } criteria)
            {
                continue;
            }

            double score = _options.Criterion switch
            {
                EtsInformationCriterion.Aic => criteria.Aic,
                EtsInformationCriterion.Bic => criteria.Bic,
                _ => criteria.Aicc,
            };
            if (score < bestScore)
            {
                bestScore = score;
                best = fit;
            }
        }

        return best ?? throw new ArgumentException($"No ETS model could be fitted to this series of {n} observations.", "series");
    }

    /// <summary>R's search order: error A then M, trend N then A, season N, A, M, damped before undamped.</summary>
    private IEnumerable<EtsSpec> Candidates(bool seasonal, bool positive)
    {
        EtsError[] errors = positive && !_options.AdditiveOnly ? [EtsError.Additive, EtsError.Multiplicative] : [EtsError.Additive];
        EtsSeason[] seasons = !seasonal ? [EtsSeason.None]
            : positive && !_options.AdditiveOnly ? [EtsSeason.None, EtsSeason.Additive, EtsSeason.Multiplicative]
            : [EtsSeason.None, EtsSeason.Additive];
        foreach (EtsError error in errors)
        {
            foreach (bool trend in (bool[])[false, true])
            {
                foreach (EtsSeason season in seasons)
                {
                    EtsTrend[] trends = !trend ? [EtsTrend.None]
                        : _options.AllowDamped ? [EtsTrend.AdditiveDamped, EtsTrend.Additive]
                        : [EtsTrend.Additive];
                    foreach (EtsTrend t in trends)
                    {
                        var spec = new EtsSpec(error, t, season);
                        if (!spec.IsRestricted)
                        {
                            yield return spec;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// A constant series has no variation to estimate parameters from; R returns simple exponential
    /// smoothing with alpha near 1, whose forecasts repeat the constant with zero-width intervals.
    /// </summary>
    private EtsModel Constant(double[] y, int m)
    {
        int n = y.Length;
        return new EtsModel
        {
            Spec = new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None),
            SeasonLength = m,
            Parameters = new EtsParameters(0.99999, 0, 0, 1),
            InitialState = [y[0]],
            FinalState = [y[0]],
            Sigma2 = 0,
            Mse = 0,
            Criteria = null,
            Fitted = [.. y],
            Residuals = ImmutableArray.Create(new double[n]),
            SimulateIntervals = false,
            SimulationPaths = _options.SimulationPaths,
            Seed = _options.Seed,
        };
    }

    private static bool IsConstant(double[] y)
    {
        for (int i = 1; i < y.Length; i++)
        {
            if (y[i] != y[0])
            {
                return false;
            }
        }

        return true;
    }

    private static double Min(double[] y)
    {
        double min = double.PositiveInfinity;
        foreach (double v in y)
        {
            min = Math.Min(min, v);
        }

        return min;
    }
}
