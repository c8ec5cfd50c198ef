using MathNet.Numerics.LinearAlgebra;

namespace Tailor.Operations;

/// <summary>
/// Forecast means and variances of ETS models from Hyndman et al. (2008, ch. 6), as R's
/// <c>forecast.ets</c> computes them: class 1 (additive errors, linear states) exactly, class 2
/// (multiplicative errors, linear states) exactly, class 3 (multiplicative errors and seasonality) by the
/// book's second-order approximation, whose mean includes a small sigma^2 correction.
/// </summary>
internal static class EtsForecastDistribution
{
    public static void Compute(
        EtsSpec spec, EtsParameters parameters, ReadOnlySpan<double> state, int m, double sigma2, Span<double> mean, Span<double> variance)
    {
        if (spec.Season == EtsSeason.Multiplicative)
        {
            ClassThree(spec, parameters, state, m, sigma2, mean, variance);
            return;
        }

        int h = mean.Length;
        var psi = new double[h];
        LinearMoments(spec, parameters, state, m, mean, psi);
        if (spec.Error == EtsError.Additive)
        {
            double cumulative = 0;
            for (int i = 0; i < h; i++)
            {
                variance[i] = sigma2 * (1 + cumulative);
                cumulative += psi[i] * psi[i];
            }

            return;
        }

        // Class 2: theta_j = mu_j^2 + sigma^2 sum_k psi_k^2 theta_(j-k); var = (1 + sigma^2) theta - mu^2.
        var theta = new double[h];
        for (int j = 0; j < h; j++)
        {
            double sum = 0;
            for (int k = 0; k < j; k++)
            {
                sum += psi[k] * psi[k] * theta[j - 1 - k];
            }

            theta[j] = (mean[j] * mean[j]) + (sigma2 * sum);
            variance[j] = ((1 + sigma2) * theta[j]) - (mean[j] * mean[j]);
        }
    }

    /// <summary>
    /// Means w' F^i x and impulse responses psi_i = w' F^i g of the linear state space form, where the
    /// state is [l, b, s_1..s_m] and F shifts the seasonal states.
    /// </summary>
    private static void LinearMoments(
        EtsSpec spec, EtsParameters parameters, ReadOnlySpan<double> state, int m, Span<double> mean, Span<double> psi)
    {
        int p = state.Length;
        double phi = spec.Damped ? parameters.Phi : 1;
        var x = state.ToArray();
        var g = new double[p];
        g[0] = parameters.Alpha;
        if (spec.HasTrend)
        {
            g[1] = parameters.Beta;
        }

        // R's class1 puts gamma in row 3 even without a trend, where it belongs to s_2; the seasonal
        // innovation enters s_1, the first seasonal state, so Tailor uses that row.
        if (spec.HasSeason)
        {
            g[p - m] = parameters.Gamma;
        }

        var next = new double[p];
        for (int i = 0; i < mean.Length; i++)
        {
            mean[i] = Measure(spec, phi, x, p);
            psi[i] = Measure(spec, phi, g, p);
            Transition(spec, phi, x, next, p, m);
            Transition(spec, phi, g, next, p, m);
        }
    }

    private static double Measure(EtsSpec spec, double phi, double[] v, int p)
    {
        double value = v[0];
        if (spec.HasTrend)
        {
            value += phi * v[1];
        }

        if (spec.HasSeason)
        {
            value += v[p - 1];
        }

        return value;
    }

    private static void Transition(EtsSpec spec, double phi, double[] v, double[] scratch, int p, int m)
    {
        Array.Copy(v, scratch, p);
        if (spec.HasTrend)
        {
            v[0] = scratch[0] + (phi * scratch[1]);
            v[1] = phi * scratch[1];
        }

        if (spec.HasSeason)
        {
            int first = p - m;
            v[first] = scratch[p - 1];
            for (int j = first + 1; j < p; j++)
            {
                v[j] = scratch[j - 1];
            }
        }
    }

    /// <summary>Class 3 recursions (Hyndman et al. 2008, section 6.3), written as R's <c>class3</c>.</summary>
    private static void ClassThree(
        EtsSpec spec, EtsParameters parameters, ReadOnlySpan<double> state, int m, double sigma2, Span<double> mean, Span<double> variance)
    {
        MatrixBuilder<double> build = Matrix<double>.Build;
        int p = state.Length;
        int levelStates = p - m;
        double phi = spec.Damped ? parameters.Phi : 1;
        Matrix<double> h1 = build.Dense(1, levelStates, 1.0);
        Matrix<double> h2 = build.Dense(1, m);
        h2[0, m - 1] = 1;
        Matrix<double> f1;
        Matrix<double> g1;
        if (spec.HasTrend)
        {
            f1 = build.DenseOfArray(new[,] { { 1, 1 }, { 0, phi } });
            g1 = build.DenseOfArray(new[,] { { parameters.Alpha, parameters.Alpha }, { parameters.Beta, parameters.Beta } });
        }
        else
        {
            f1 = build.Dense(1, 1, 1.0);
            g1 = build.Dense(1, 1, parameters.Alpha);
        }

        Matrix<double> f2 = build.Dense(m, m);
        f2[0, m - 1] = 1;
        for (int i = 1; i < m; i++)
        {
            f2[i, i - 1] = 1;
        }

        Matrix<double> g2 = build.Dense(m, m);
        g2[0, m - 1] = parameters.Gamma;

        Matrix<double> mh = build.Dense(levelStates, m);
        for (int r = 0; r < levelStates; r++)
        {
            for (int c = 0; c < m; c++)
            {
                mh[r, c] = state[r] * state[levelStates + c];
            }
        }

        int d = levelStates * m;
        Matrix<double> vh = build.Dense(d, d);
        Matrix<double> h21 = h2.KroneckerProduct(h1);
        Matrix<double> f21 = f2.KroneckerProduct(f1);
        Matrix<double> g21 = g2.KroneckerProduct(g1);
        Matrix<double> k = g2.KroneckerProduct(f1) + f2.KroneckerProduct(g1);
        Matrix<double> f21t = f21.Transpose();
        Matrix<double> g21t = g21.Transpose();
        Matrix<double> kt = k.Transpose();
        Matrix<double> f2t = f2.Transpose();
        Matrix<double> g2t = g2.Transpose();
        for (int i = 0; i < mean.Length; i++)
        {
            double mu = (h1 * mh * h2.Transpose())[0, 0];
            mean[i] = mu;
            variance[i] = ((1 + sigma2) * (h21 * vh * h21.Transpose())[0, 0]) + (sigma2 * mu * mu);

            // vec(Mh) stacks columns, matching the Kronecker products above.
            Vector<double> vec = Vector<double>.Build.DenseOfArray(mh.ToColumnMajorArray());
            Matrix<double> outer = vec.OuterProduct(vec);
            vh = (f21 * vh * f21t)
                + (sigma2 * ((f21 * vh * g21t) + (g21 * vh * f21t) + (k * (vh + outer) * kt)
                    + (sigma2 * (g21 * ((3 * vh) + (2 * outer)) * g21t))));
            mh = (f1 * mh * f2t) + (g1 * mh * g2t * sigma2);
        }
    }
}
