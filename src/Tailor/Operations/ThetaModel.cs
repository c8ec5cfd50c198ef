namespace Tailor.Operations;

/// <summary>
/// A fitted Theta model: the SES level, plus half the trend slope times (h - 1 + (1 - (1 - alpha)^n) / alpha),
/// times the seasonal index when the data were seasonally adjusted. Intervals are thetaf's: the SES
/// standard error sigma sqrt(1 + (h - 1) alpha^2), not rescaled by the seasonal index.
/// </summary>
internal sealed class ThetaModel : IForecastModel
{
    private readonly EtsModel _ses;
    private readonly double _halfSlope;
    private readonly double[]? _seasonalFigure;
    private readonly int _observations;

    public ThetaModel(EtsModel ses, double halfSlope, double[]? seasonalFigure, int observations, int seasonLength)
    {
        _ses = ses;
        _halfSlope = halfSlope;
        _seasonalFigure = seasonalFigure;
        _observations = observations;
        SeasonLength = seasonLength;
    }

    public string Description => _seasonalFigure is null ? "Theta" : "Theta (seasonally adjusted)";

    public int SeasonLength { get; }

    public InformationCriteria? Criteria => null;

    /// <summary>Smoothing parameter of the SES line (at least 1e-10, as thetaf floors it).</summary>
    public double Alpha => Math.Max(1e-10, _ses.Parameters.Alpha);

    /// <summary>Half the slope of the linear trend: the drift per period.</summary>
    public double Drift => _halfSlope;

    public ForecastResult Forecast(int horizon)
    {
        SeriesGuard.Horizon(horizon);
        double alpha = Alpha;
        double level = _ses.FinalState[0];
        double offset = (1 - Math.Pow(1 - alpha, _observations)) / alpha;
        double sigma = Math.Sqrt(_ses.Sigma2);
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (int i = 0; i < horizon; i++)
        {
            double value = level + (_halfSlope * (i + offset));
            if (_seasonalFigure is not null)
            {
                value *= _seasonalFigure[(_observations + i) % SeasonLength];
            }

            mean[i] = value;
            sd[i] = sigma * Math.Sqrt(1 + (i * alpha * alpha));
        }

        return ForecastIntervals.FromNormal(Description, mean, sd, null);
    }
}
