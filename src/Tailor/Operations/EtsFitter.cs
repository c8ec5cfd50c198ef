using System.Runtime.InteropServices;

namespace Tailor.Operations;

/// <summary>Fits one ETS model by R's recipe (<c>forecast:::etsmodel</c>).</summary>
internal static class EtsFitter
{
    // R passes sqrt(.Machine$double.eps) as Nelder-Mead's relative tolerance.
    private static readonly double _relativeTolerance = Math.Sqrt(Math.Pow(2, -52));

    // A warm start's simplex edges: 5% of each coordinate, at least 1e-3 (smoothing parameters near 0).
    private const double WarmStep = 0.05;
    private const double WarmStepFloor = 1e-3;

    /// <summary>
    /// Fits <paramref name="spec"/>; null when the model has as many parameters as the data allow (R
    /// scores such a model infinite) or no feasible start exists.
    /// </summary>
    public static EtsModel? Fit(double[] y, int seasonLength, EtsSpec spec, EtsOptions options, CancellationToken cancellationToken)
    {
        int m = spec.HasSeason ? seasonLength : 1;
        double[] initialStates = EtsInitialState.Compute(y, m, spec);
        int smoothing = EtsObjective.SmoothingCount(spec);
        var x = new double[smoothing + initialStates.Length];
        StartingValues(spec, m, options, x);
        initialStates.CopyTo(x, smoothing);
        return Search(y, seasonLength, spec, options, x, _relativeTolerance, default, cancellationToken);
    }

    /// <summary>
    /// Refits <paramref name="from"/>'s components to <paramref name="y"/>, starting the search at its
    /// parameters and initial states with a small simplex and stopping at <paramref name="relativeTolerance"/>.
    /// Not R's recipe: for backtests, where a window differs from the series <paramref name="from"/> was
    /// fitted to by its last few periods, so the optimum is close. Null as <see cref="Fit"/>, and when
    /// <paramref name="from"/>'s start is infeasible on this window.
    /// </summary>
    public static EtsModel? Refit(double[] y, EtsModel from, EtsOptions options, double relativeTolerance, CancellationToken cancellationToken)
    {
        EtsSpec spec = from.Spec;
        int m = spec.HasSeason ? from.SeasonLength : 1;

        // The checks EtsForecaster makes before a fit: enough data for the parameters, positive data for
        // multiplicative components.
        int parameters = 2 + (spec.HasTrend ? 2 : 0) + (spec.HasSeason ? m : 0) + (spec.Damped ? 1 : 0);
        if (y.Length <= parameters + 4
            || ((spec.Error == EtsError.Multiplicative || spec.Season == EtsSeason.Multiplicative) && y.AsSpan().IndexOfAnyInRange(double.NegativeInfinity, 0) >= 0))
        {
            return null;
        }

        int smoothing = EtsObjective.SmoothingCount(spec);

        // The last seasonal state is implied by the others, so it is not a free parameter.
        int states = from.InitialState.Length - (spec.HasSeason ? 1 : 0);
        var x = new double[smoothing + states];
        int j = 0;
        x[j++] = from.Parameters.Alpha;
        if (spec.HasTrend)
        {
            x[j++] = from.Parameters.Beta;
        }

        if (spec.HasSeason)
        {
            x[j++] = from.Parameters.Gamma;
        }

        if (spec.Damped)
        {
            x[j++] = from.Parameters.Phi;
        }

        from.InitialState.AsSpan(0, states).CopyTo(x.AsSpan(j));
        var steps = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            steps[i] = Math.Max(WarmStep * Math.Abs(x[i]), WarmStepFloor);
        }

        return Search(y, from.SeasonLength, spec, options, x, relativeTolerance, steps, cancellationToken);
    }

    private static EtsModel? Search(
        double[] y, int seasonLength, EtsSpec spec, EtsOptions options, double[] x, double relativeTolerance, double[]? steps, CancellationToken cancellationToken)
    {
        int n = y.Length;
        int m = spec.HasSeason ? seasonLength : 1;
        int smoothing = EtsObjective.SmoothingCount(spec);
        if (x.Length >= n - 1)
        {
            return null;
        }

        var objective = new EtsObjective(y, spec, m, options);
        NelderMeadResult? search = NelderMead.Minimize(objective, x, relativeTolerance, options.MaxEvaluations, cancellationToken, steps);
        if (search is null || search.Value.Minimum >= 1e35)
        {
            return null;
        }

        objective.Unpack(x, out double alpha, out double beta, out double gamma, out double phi);
        var initial = new double[EtsObjective.StateLength(spec, m)];
        objective.FillState(x.AsSpan(smoothing), initial);
        var residuals = new double[n];
        var fitted = new double[n];
        var final = new double[initial.Length];
        EtsPass pass = EtsRecursion.Run(y, spec, m, alpha, beta, gamma, phi, initial, new double[m], residuals, fitted, final);
        double likelihood = pass.Likelihood(n, spec.Error);
        if (double.IsPositiveInfinity(likelihood))
        {
            return null;
        }

        // R counts the error variance as a parameter in the criteria but not in sigma^2's denominator.
        int k = x.Length + 1;
        double aic = likelihood + (2.0 * k);
        double bic = likelihood + (Math.Log(n) * k);
        double aicc = aic + (2.0 * k * (k + 1) / (n - k - 1));
        return new EtsModel
        {
            Spec = spec,
            SeasonLength = seasonLength,
            Parameters = new EtsParameters(alpha, beta, gamma, phi),
            InitialState = ImmutableCollectionsMarshal.AsImmutableArray(initial),
            FinalState = ImmutableCollectionsMarshal.AsImmutableArray(final),
            Sigma2 = pass.SumSquaredErrors / (n - x.Length),
            Mse = pass.SumSquaredForecastErrors / n,
            Criteria = new InformationCriteria(-0.5 * likelihood, aic, aicc, bic, k),
            Fitted = ImmutableCollectionsMarshal.AsImmutableArray(fitted),
            Residuals = ImmutableCollectionsMarshal.AsImmutableArray(residuals),
            SimulateIntervals = options.SimulateIntervals,
            SimulationPaths = options.SimulationPaths,
            Seed = options.Seed,
        };
    }

    /// <summary>R's <c>initparam</c>: small alpha, beta a tenth of the way to alpha, gamma near its floor, phi near its ceiling.</summary>
    private static void StartingValues(EtsSpec spec, int m, EtsOptions options, Span<double> x)
    {
        double lower = options.SmoothingLower;
        double upper = options.SmoothingUpper;
        if (options.Bounds == EtsBounds.Admissible)
        {
            // R's own starting box for the admissible-only search.
            lower = 0;
            upper = 1e-3;
        }

        int j = 0;
        double alpha = lower + (0.2 * (upper - lower) / m);
        if (alpha is > 1 or < 0)
        {
            alpha = lower + 2e-3;
        }

        x[j++] = alpha;
        if (spec.HasTrend)
        {
            double betaUpper = Math.Min(upper, alpha);
            double beta = lower + (0.1 * (betaUpper - lower));
            if (beta < 0 || beta > alpha)
            {
                beta = alpha - 1e-3;
            }

            x[j++] = beta;
        }

        if (spec.HasSeason)
        {
            double gammaUpper = Math.Min(upper, 1 - alpha);
            double gamma = lower + (0.05 * (gammaUpper - lower));
            if (gamma < 0 || gamma > 1 - alpha)
            {
                gamma = 1 - alpha - 1e-3;
            }

            x[j++] = gamma;
        }

        if (spec.Damped)
        {
            double phi = options.PhiLower + (0.99 * (options.PhiUpper - options.PhiLower));
            if (phi is < 0 or > 1)
            {
                phi = options.PhiUpper - 1e-3;
            }

            x[j] = phi;
        }
    }
}
