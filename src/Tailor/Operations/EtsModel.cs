using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// A fitted ETS model: its components, parameters, states and fit statistics, as R's <c>ets</c> object
/// holds them. Immutable; the data members are all it needs to forecast, so it can be stored and loaded.
/// </summary>
public sealed record EtsModel : IForecastModel
{
    /// <summary>The model's components.</summary>
    public required EtsSpec Spec { get; init; }

    /// <inheritdoc />
    public required int SeasonLength { get; init; }

    /// <summary>Smoothing and damping parameters.</summary>
    public required EtsParameters Parameters { get; init; }

    /// <summary>
    /// State before the first observation: [l, b (with a trend), s_1..s_m (with a season; s_1 is the most
    /// recent seasonal effect, s_m the one the first observation uses)], R's <c>initstate</c>.
    /// </summary>
    public required ImmutableArray<double> InitialState { get; init; }

    /// <summary>State after the last observation, laid out like <see cref="InitialState"/>; forecasts start here.</summary>
    public required ImmutableArray<double> FinalState { get; init; }

    /// <summary>
    /// Variance of the innovations: sum of squared residuals over (n - estimated parameters), as R's
    /// <c>sigma2</c>. For multiplicative errors it is a relative variance.
    /// </summary>
    public required double Sigma2 { get; init; }

    /// <summary>Mean squared one-step forecast error in the data's units.</summary>
    public required double Mse { get; init; }

    /// <inheritdoc />
    public InformationCriteria? Criteria { get; init; }

    /// <summary>One-step in-sample forecasts.</summary>
    public required ImmutableArray<double> Fitted { get; init; }

    /// <summary>Innovations: y - fitted for additive errors, (y - fitted) / fitted for multiplicative errors.</summary>
    public required ImmutableArray<double> Residuals { get; init; }

    /// <summary>Simulates prediction intervals instead of using the analytic formulas.</summary>
    public bool SimulateIntervals { get; init; }

    /// <summary>Sample paths when intervals are simulated.</summary>
    public int SimulationPaths { get; init; } = EtsDefaults.SimulationPaths;

    /// <summary>Seed of the simulated intervals.</summary>
    public int Seed { get; init; } = EtsDefaults.Seed;

    /// <inheritdoc />
    public string Description => Spec.ToString();

    /// <summary>Forecasts with analytic intervals (Hyndman et al. 2008, classes 1-3) or simulated ones.</summary>
    public ForecastResult Forecast(int horizon)
    {
        SeriesGuard.Horizon(horizon);
        int m = Spec.HasSeason ? SeasonLength : 1;
        double[] state = [.. FinalState];
        if (SimulateIntervals)
        {
            return EtsSimulation.Forecast(this, state, m, horizon);
        }

        var mean = new double[horizon];
        var variance = new double[horizon];
        EtsForecastDistribution.Compute(Spec, Parameters, state, m, Sigma2, mean, variance);
        var sd = new double[horizon];
        for (int i = 0; i < horizon; i++)
        {
            sd[i] = Math.Sqrt(Math.Max(variance[i], 0));
        }

        return ForecastIntervals.FromNormal(Description, mean, sd, Criteria);
    }

    /// <summary>
    /// Plain point forecasts from a state (R's <c>etsforecast</c>): level plus damped slope, with the
    /// seasonal state of the matching period added or multiplied.
    /// </summary>
    internal static void PointForecasts(EtsSpec spec, double phi, ReadOnlySpan<double> state, int m, Span<double> output)
    {
        double level = state[0];
        double slope = spec.HasTrend ? state[1] : 0;
        int seasonOffset = spec.HasTrend ? 2 : 1;
        double phiStar = phi;
        for (int i = 0; i < output.Length; i++)
        {
            double f = spec.HasTrend ? level + (phiStar * slope) : level;
            if (spec.HasSeason)
            {
                double s = state[seasonOffset + m - 1 - (i % m)];
                f = spec.Season == EtsSeason.Additive ? f + s : f * s;
            }

            output[i] = f;
            phiStar += Math.Pow(phi, i + 2);
        }
    }
}
