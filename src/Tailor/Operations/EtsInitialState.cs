using MathNet.Numerics.LinearAlgebra;

namespace Tailor.Operations;

/// <summary>
/// Starting values of the ETS states, by R's heuristic (<c>forecast:::initstate</c>): a classical
/// decomposition (or, with fewer than three seasons, a linear trend plus one Fourier pair) gives the
/// seasonal states; a regression on the first max(10, 2m) seasonally adjusted values gives level and
/// slope. The optimiser then refines them together with the smoothing parameters.
/// </summary>
internal static class EtsInitialState
{
    /// <summary>
    /// Returns [l, b (with a trend), s_1..s_(m-1) (with a season)]: the last seasonal state is implied,
    /// because the seasonal states sum to 0 (additive) or m (multiplicative).
    /// </summary>
    public static double[] Compute(ReadOnlySpan<double> y, int m, EtsSpec spec)
    {
        int n = y.Length;
        double[] adjusted;
        double[]? seasonStates = null;
        if (spec.HasSeason)
        {
            if (n < 4)
            {
                throw new ArgumentException($"A seasonal ETS model needs at least 4 observations; the series has {n}.");
            }

            bool multiplicative = spec.Season == EtsSeason.Multiplicative;
            double[] seasonal = n < 3 * m ? FourierSeasonal(y, m, multiplicative) : DecompositionSeasonal(y, m, multiplicative);

            // State s_j is the seasonal effect j periods before the first observation.
            seasonStates = new double[m - 1];
            for (int j = 0; j < m - 1; j++)
            {
                seasonStates[j] = seasonal[m - 1 - j];
            }

            adjusted = new double[n];
            if (multiplicative)
            {
                double sum = 0;
                for (int j = 0; j < m - 1; j++)
                {
                    seasonStates[j] = Math.Max(seasonStates[j], 0.01);
                    sum += seasonStates[j];
                }

                if (sum > m)
                {
                    double divisor = sum + (0.01 * (m - 1));
                    for (int j = 0; j < m - 1; j++)
                    {
                        seasonStates[j] /= divisor;
                    }
                }

                for (int t = 0; t < n; t++)
                {
                    adjusted[t] = y[t] / Math.Max(seasonal[t], 0.01);
                }
            }
            else
            {
                for (int t = 0; t < n; t++)
                {
                    adjusted[t] = y[t] - seasonal[t];
                }
            }
        }
        else
        {
            m = 1;
            adjusted = y.ToArray();
        }

        int maxn = Math.Min(Math.Max(10, 2 * m), n);
        var result = new List<double>(2 + m);
        if (!spec.HasTrend)
        {
            double sum = 0;
            for (int t = 0; t < maxn; t++)
            {
                sum += adjusted[t];
            }

            result.Add(sum / maxn);
        }
        else
        {
            LinearFit fit = LinearFit.OnIndex(adjusted.AsSpan(0, maxn), 1);
            double l0 = fit.Intercept;
            double b0 = fit.Slope;

            // Multiplicative errors divide by the first forecast l0 + b0: keep it away from zero.
            if (Math.Abs(l0 + b0) < 1e-8)
            {
                l0 *= 1 + 1e-3;
                b0 *= 1 - 1e-3;
            }

            result.Add(l0);
            result.Add(b0);
        }

        if (seasonStates is not null)
        {
            result.AddRange(seasonStates);
        }

        return [.. result];
    }

    private static double[] DecompositionSeasonal(ReadOnlySpan<double> y, int m, bool multiplicative)
    {
        double[] figure = ClassicalDecomposition.SeasonalFigure(y, m, multiplicative);
        var seasonal = new double[y.Length];
        for (int t = 0; t < seasonal.Length; t++)
        {
            seasonal[t] = figure[t % m];
        }

        return seasonal;
    }

    /// <summary>
    /// With fewer than three seasons R regresses y on a line and one Fourier pair and takes the detrended
    /// data (seasonality plus noise) as the seasonal component: a biased but serviceable start.
    /// </summary>
    private static double[] FourierSeasonal(ReadOnlySpan<double> y, int m, bool multiplicative)
    {
        int n = y.Length;

        // sin(pi t) vanishes when m = 2, so R's fourier() drops that column.
        bool withSine = m != 2;
        int columns = withSine ? 4 : 3;
        Matrix<double> design = Matrix<double>.Build.Dense(n, columns);
        Vector<double> target = Vector<double>.Build.Dense(n);
        for (int t = 0; t < n; t++)
        {
            double angle = 2 * Math.PI * (t + 1) / m;
            design[t, 0] = 1;
            design[t, 1] = t + 1;
            design[t, 2] = Math.Cos(angle);
            if (withSine)
            {
                design[t, 3] = Math.Sin(angle);
            }

            target[t] = y[t];
        }

        Vector<double> coefficients = design.QR().Solve(target);
        var seasonal = new double[n];
        for (int t = 0; t < n; t++)
        {
            double line = coefficients[0] + (coefficients[1] * (t + 1));
            seasonal[t] = multiplicative ? y[t] / line : y[t] - line;
        }

        return seasonal;
    }
}
