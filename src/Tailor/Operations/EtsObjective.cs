namespace Tailor.Operations;

/// <summary>
/// The function R's <c>ets</c> minimises for one model: parameters [alpha, beta?, gamma?, phi?, l, b?,
/// s_1..s_(m-1)] map to the likelihood term (or the MSE), or to +infinity outside the allowed region.
/// Buffers are allocated once per model, so evaluations allocate nothing.
/// </summary>
internal sealed class EtsObjective : IObjectiveFunction
{
    private readonly double[] _y;
    private readonly EtsSpec _spec;
    private readonly int _m;
    private readonly EtsOptions _options;
    private readonly double[] _state;
    private readonly double[] _ring;

    public EtsObjective(double[] y, EtsSpec spec, int m, EtsOptions options)
    {
        _y = y;
        _spec = spec;
        _m = spec.HasSeason ? m : 1;
        _options = options;
        _state = new double[StateLength(spec, _m)];
        _ring = new double[_m];
    }

    /// <summary>Number of smoothing parameters optimised: alpha, plus beta, gamma and phi where present.</summary>
    public static int SmoothingCount(EtsSpec spec) =>
        1 + (spec.HasTrend ? 1 : 0) + (spec.HasSeason ? 1 : 0) + (spec.Damped ? 1 : 0);

    /// <summary>Length of the full state vector [l, b?, s_1..s_m].</summary>
    public static int StateLength(EtsSpec spec, int m) => 1 + (spec.HasTrend ? 1 : 0) + (spec.HasSeason ? m : 0);

    public double Value(ReadOnlySpan<double> x)
    {
        Unpack(x, out double alpha, out double beta, out double gamma, out double phi);
        if (!InRegion(alpha, beta, gamma, phi))
        {
            return double.PositiveInfinity;
        }

        if (!FillState(x[SmoothingCount(_spec)..], _state))
        {
            return double.PositiveInfinity;
        }

        EtsPass pass = EtsRecursion.Run(_y, _spec, _m, alpha, beta, gamma, phi, _state, _ring);
        return _options.OptimizationCriterion == EtsOptimizationCriterion.MeanSquaredError
            ? pass.SumSquaredForecastErrors / _y.Length
            : pass.Likelihood(_y.Length, _spec.Error);
    }

    /// <summary>Reads the smoothing parameters, with R's stand-ins for absent components.</summary>
    public void Unpack(ReadOnlySpan<double> x, out double alpha, out double beta, out double gamma, out double phi)
    {
        int j = 0;
        alpha = x[j++];
        beta = _spec.HasTrend ? x[j++] : 0;
        gamma = _spec.HasSeason ? x[j++] : 0;
        phi = _spec.Damped ? x[j] : 1;
    }

    /// <summary>
    /// Completes the free initial states with the implied last seasonal state. False when a multiplicative
    /// seasonal state is negative.
    /// </summary>
    public bool FillState(ReadOnlySpan<double> free, Span<double> state)
    {
        free.CopyTo(state);
        if (!_spec.HasSeason)
        {
            return true;
        }

        int first = _spec.HasTrend ? 2 : 1;
        double sum = 0;
        for (int i = first; i < free.Length; i++)
        {
            sum += free[i];
        }

        bool multiplicative = _spec.Season == EtsSeason.Multiplicative;
        state[free.Length] = (multiplicative ? _m : 0) - sum;
        if (multiplicative)
        {
            for (int i = first; i < state.Length; i++)
            {
                if (state[i] < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>R's check: the usual region and/or the admissible region, as <see cref="EtsOptions.Bounds"/> says.</summary>
    public bool InRegion(double alpha, double beta, double gamma, double phi)
    {
        EtsOptions o = _options;
        if (o.Bounds != EtsBounds.Admissible)
        {
            if (alpha < o.SmoothingLower || alpha > o.SmoothingUpper)
            {
                return false;
            }

            if (_spec.HasTrend && (beta < o.SmoothingLower || beta > alpha || beta > o.SmoothingUpper))
            {
                return false;
            }

            if (_spec.Damped && (phi < o.PhiLower || phi > o.PhiUpper))
            {
                return false;
            }

            if (_spec.HasSeason && (gamma < o.SmoothingLower || gamma > 1 - alpha || gamma > o.SmoothingUpper))
            {
                return false;
            }
        }

        return o.Bounds == EtsBounds.Usual
            || EtsAdmissibility.IsAdmissible(alpha, beta, gamma, phi, _m, _spec.HasSeason, _spec.HasTrend);
    }
}
