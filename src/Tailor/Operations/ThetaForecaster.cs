namespace Tailor.Operations;

/// <summary>
/// The Theta method of Assimakopoulos and Nikolopoulos (2000), as R's <c>forecast::thetaf</c> and
/// Hyndman and Billah (2003) describe it: simple exponential smoothing with a drift of half the slope of
/// a linear trend, on data seasonally adjusted by classical multiplicative decomposition when the
/// autocorrelation at the seasonal lag is significant (90% one-sided test). Unlike R, a series with a
/// zero or negative value is not seasonally adjusted, since multiplicative indexes need positive data.
/// </summary>
public sealed class ThetaForecaster : IForecaster
{
    // qnorm(0.95): the one-sided 90% test of thetaf.
    private const double SeasonalityThreshold = 1.6448536269514722;

    private static readonly EtsOptions _sesOptions = new()
    {
        Model = new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None),
        OptimizationCriterion = EtsOptimizationCriterion.MeanSquaredError,
    };

    /// <inheritdoc />
    public string Name => "Theta";

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> series, int seasonLength, CancellationToken cancellationToken = default)
    {
        SeriesGuard.Series(series, "Theta");
        SeriesGuard.SeasonLength(seasonLength);
        int n = series.Length;
        if (n < 7)
        {
            throw new ArgumentException($"Theta needs at least 7 observations; the series has {n}.", nameof(series));
        }

        double[]? figure = null;
        double[] x = series.ToArray();
        if (IsSeasonal(series, seasonLength) && Min(series) > 0)
        {
            figure = ClassicalDecomposition.SeasonalFigure(series, seasonLength, multiplicative: true);
            if (Array.Exists(figure, v => Math.Abs(v) < 1e-4))
            {
                figure = null;
            }
            else
            {
                for (int t = 0; t < n; t++)
                {
                    x[t] /= figure[t % seasonLength];
                }
            }
        }

        double halfSlope = LinearFit.OnIndex(x, 0).Slope / 2;
        EtsModel ses = IsConstant(x)
            ? new EtsForecaster(_sesOptions with { Model = null }).Fit(x, 1, cancellationToken)
            : EtsFitter.Fit(x, 1, _sesOptions.Model!.Value, _sesOptions, cancellationToken)
                ?? throw new ArgumentException("Theta: simple exponential smoothing could not be fitted to this series.", nameof(series));
        return new ThetaModel(ses, halfSlope, figure, n, seasonLength);
    }

    /// <summary>
    /// thetaf's test: the lag-m autocorrelation exceeds 1.645 standard errors, with Bartlett's standard
    /// error from the autocorrelations below lag m. Needs more than two seasons and a non-constant series.
    /// </summary>
    internal static bool IsSeasonal(ReadOnlySpan<double> x, int m)
    {
        int n = x.Length;
        if (m <= 1 || n <= 2 * m || IsConstant(x))
        {
            return false;
        }

        double mean = 0;
        foreach (double v in x)
        {
            mean += v;
        }

        mean /= n;
        double denominator = 0;
        foreach (double v in x)
        {
            denominator += (v - mean) * (v - mean);
        }

        double sumSquares = 0;
        double rm = 0;
        for (int k = 1; k <= m; k++)
        {
            double c = 0;
            for (int t = 0; t + k < n; t++)
            {
                c += (x[t] - mean) * (x[t + k] - mean);
            }

            double r = c / denominator;
            if (k < m)
            {
                sumSquares += r * r;
            }
            else
            {
                rm = r;
            }
        }

        double standardError = Math.Sqrt((1 + (2 * sumSquares)) / n);
        return Math.Abs(rm) / standardError > SeasonalityThreshold;
    }

    private static bool IsConstant(ReadOnlySpan<double> x)
    {
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] != x[0])
            {
                return false;
            }
        }

        return true;
    }

    private static double Min(ReadOnlySpan<double> x)
    {
        double min = double.PositiveInfinity;
        foreach (double v in x)
        {
            min = Math.Min(min, v);
        }

        return min;
    }
}
