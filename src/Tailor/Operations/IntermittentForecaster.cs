namespace Tailor.Operations;

/// <summary>
/// Croston's method and its SBA and TSB variants for intermittent demand. Forecasts are flat: the
/// expected demand per period. Intervals are normal with the in-sample one-step error's standard
/// deviation, cut at zero; they are a rough guide, since intermittent demand is far from normal.
/// </summary>
public sealed class IntermittentForecaster : IForecaster
{
    private readonly IntermittentOptions _options;

    /// <summary>SBA with alpha 0.1.</summary>
    public IntermittentForecaster()
        : this(new IntermittentOptions())
    {
    }

    /// <summary>The given method and smoothing; throws an <see cref="ArgumentException"/> for an option out of range.</summary>
    public IntermittentForecaster(IntermittentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    public string Name => MethodName(_options.Method);

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        string method = MethodName(_options.Method);
        SeriesGuard.Series(series, method);
        SeriesGuard.SeasonLength(seasonLength);
        SeriesGuard.NonNegative(series, method);
        double alpha = _options.Alpha;
        double beta = _options.Beta;
        if (_options.OptimizeSmoothing)
        {
            (alpha, beta) = Search(series, cancellationToken);
        }

        IntermittentSmoothing.Pass pass = Run(series, alpha, beta);
        double sd;
        if (pass.Count > 0)
        {
            sd = Math.Sqrt(pass.SumSquaredErrors / pass.Count);
        }
        else
        {
            // A single demand in the last period leaves no one-step error: measure spread around the forecast.
            double sum = 0;
            foreach (double v in series)
            {
                sum += (v - pass.Forecast) * (v - pass.Forecast);
            }

            sd = Math.Sqrt(sum / series.Length);
        }

        string description = _options.Method == IntermittentMethod.Tsb
            ? FormattableString.Invariant($"{method} (alpha {alpha:0.###}, beta {beta:0.###})")
            : FormattableString.Invariant($"{method} (alpha {alpha:0.###})");
        return new IntermittentModel(description, pass.Forecast, sd, seasonLength, alpha, beta);
    }

    private IntermittentSmoothing.Pass Run(ReadOnlySpan<double> y, double alpha, double beta) => _options.Method switch
    {
        IntermittentMethod.Croston => IntermittentSmoothing.Croston(y, alpha, 1),
        IntermittentMethod.Sba => IntermittentSmoothing.Croston(y, alpha, 1 - (alpha / 2)),
        _ => IntermittentSmoothing.Tsb(y, alpha, beta),
    };

    /// <summary>Grid search of the in-sample MSE: 50 steps per constant, both constants for TSB.</summary>
    private (double Alpha, double Beta) Search(ReadOnlySpan<double> y, CancellationToken cancellationToken)
    {
        const int Steps = 50;
        double lower = _options.SearchLower;
        double step = (_options.SearchUpper - lower) / (Steps - 1);
        bool tsb = _options.Method == IntermittentMethod.Tsb;
        double bestAlpha = _options.Alpha;
        double bestBeta = _options.Beta;
        double bestMse = double.PositiveInfinity;
        for (int i = 0; i < Steps; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double alpha = lower + (i * step);
            for (int j = 0; j < (tsb ? Steps : 1); j++)
            {
                double beta = tsb ? lower + (j * step) : _options.Beta;
                IntermittentSmoothing.Pass pass = Run(y, alpha, beta);
                if (pass.Count == 0)
                {
                    continue;
                }

                double mse = pass.SumSquaredErrors / pass.Count;
                if (mse < bestMse)
                {
                    bestMse = mse;
                    bestAlpha = alpha;
                    bestBeta = beta;
                }
            }
        }

        return (bestAlpha, bestBeta);
    }

    private static string MethodName(IntermittentMethod method) => method switch
    {
        IntermittentMethod.Croston => "Croston",
        IntermittentMethod.Sba => "SBA",
        _ => "TSB",
    };
}
