namespace Tailor.Operations;

/// <summary>
/// Prediction intervals from simulated sample paths (R's <c>simulate.ets</c> with normal innovations of
/// variance sigma^2): each path feeds its own simulated observations back into the state equations, and
/// the interval bounds are sample quantiles (type 8, as R's forecast uses). Deterministic for a seed.
/// </summary>
internal static class EtsSimulation
{
    public static ForecastResult Forecast(EtsModel model, ReadOnlySpan<double> finalState, int m, int horizon)
    {
        EtsSpec spec = model.Spec;
        EtsParameters par = model.Parameters;
        double phi = spec.Damped ? par.Phi : 1;
        int paths = model.SimulationPaths;
        double sigma = Math.Sqrt(model.Sigma2);
        var random = new Random(model.Seed);
        var draws = new double[horizon * paths];
        var state = new double[finalState.Length];
        var next = new double[finalState.Length];
        for (int path = 0; path < paths; path++)
        {
            finalState.CopyTo(state);
            for (int i = 0; i < horizon; i++)
            {
                double e = sigma * StandardNormal(random);
                double f = OneStep(spec, phi, state);
                double y = spec.Error == EtsError.Additive ? f + e : f * (1 + Math.Max(-1, e));
                draws[(i * paths) + path] = y;
                Update(spec, par, phi, state, next, m, y);
                (state, next) = (next, state);
            }
        }

        var mean = new double[horizon];
        EtsModel.PointForecasts(spec, phi, finalState, m, mean);
        var lo80 = new double[horizon];
        var hi80 = new double[horizon];
        var lo95 = new double[horizon];
        var hi95 = new double[horizon];
        for (int i = 0; i < horizon; i++)
        {
            Span<double> column = draws.AsSpan(i * paths, paths);
            column.Sort();
            lo80[i] = Quantile8(column, 0.1);
            hi80[i] = Quantile8(column, 0.9);
            lo95[i] = Quantile8(column, 0.025);
            hi95[i] = Quantile8(column, 0.975);
        }

        return ForecastIntervals.Create(model.Description, mean, lo80, hi80, lo95, hi95, model.Criteria);
    }

    /// <summary>Hyndman and Fan's type 8 sample quantile (median-unbiased) of sorted values.</summary>
    internal static double Quantile8(ReadOnlySpan<double> sorted, double probability)
    {
        int n = sorted.Length;
        double position = (n * probability) + ((probability + 1) / 3);
        int j = (int)Math.Floor(position);
        double g = position - j;
        if (j < 1)
        {
            return sorted[0];
        }

        if (j >= n)
        {
            return sorted[n - 1];
        }

        return ((1 - g) * sorted[j - 1]) + (g * sorted[j]);
    }

    private static double StandardNormal(Random random)
    {
        // Box-Muller; 1 - NextDouble() keeps the logarithm's argument above zero.
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static double OneStep(EtsSpec spec, double phi, double[] state)
    {
        double q = spec.HasTrend ? state[0] + (phi * state[1]) : state[0];
        if (!spec.HasSeason)
        {
            return q;
        }

        double s = state[state.Length - 1];
        return spec.Season == EtsSeason.Additive ? q + s : q * s;
    }

    /// <summary>The same error-correction update as the filter, on a [l, b, s_1..s_m] state.</summary>
    private static void Update(EtsSpec spec, EtsParameters par, double phi, double[] state, double[] next, int m, double y)
    {
        double dampedSlope = spec.HasTrend ? phi * state[1] : 0;
        double q = state[0] + dampedSlope;
        int p = state.Length;
        double oldSeason = spec.HasSeason ? state[p - 1] : 0;
        double target = spec.Season switch
        {
            EtsSeason.None => y,
            EtsSeason.Additive => y - oldSeason,
            _ => Math.Abs(oldSeason) < EtsRecursion.Tolerance ? EtsRecursion.Huge : y / oldSeason,
        };
        next[0] = q + (par.Alpha * (target - q));
        if (spec.HasTrend)
        {
            next[1] = dampedSlope + (par.Beta * (target - q));
        }

        if (spec.HasSeason)
        {
            double t = spec.Season == EtsSeason.Additive ? y - q : Math.Abs(q) < EtsRecursion.Tolerance ? EtsRecursion.Huge : y / q;
            int first = p - m;
            next[first] = oldSeason + (par.Gamma * (t - oldSeason));
            for (int j = first + 1; j < p; j++)
            {
                next[j] = state[j - 1];
            }
        }
    }
}
