namespace Tailor.Operations;

/// <summary>A fitted Croston, SBA or TSB model: a flat expected demand per period.</summary>
internal sealed class IntermittentModel : IForecastModel
{
    private readonly double _demandPerPeriod;
    private readonly double _sd;

    public IntermittentModel(string description, double demandPerPeriod, double sd, int seasonLength, double alpha, double beta)
    {
        Description = description;
        _demandPerPeriod = demandPerPeriod;
        _sd = sd;
        SeasonLength = seasonLength;
        Alpha = alpha;
        Beta = beta;
    }

    public string Description { get; }

    public int SeasonLength { get; }

    public InformationCriteria? Criteria => null;

    public double Alpha { get; }

    public double Beta { get; }

    public ForecastResult Forecast(int horizon)
    {
        SeriesGuard.Horizon(horizon);
        var mean = new double[horizon];
        var sd = new double[horizon];
        Array.Fill(mean, _demandPerPeriod);
        Array.Fill(sd, _sd);
        return ForecastIntervals.FromNormal(Description, mean, sd, null, lowerLimit: 0);
    }
}
