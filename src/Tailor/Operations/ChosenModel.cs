namespace Tailor.Operations;

/// <summary>A fitted model with the name of the method that made it, for forecasters that pick one of several.</summary>
internal sealed class ChosenModel(IForecastModel selected, string forecaster) : IForecastModel
{
    /// <summary>The fitted model.</summary>
    public IForecastModel Selected { get; } = selected;

    /// <summary>Name of the method chosen, such as "ETS" or "Theta".</summary>
    public string Forecaster { get; } = forecaster;

    public string Description => Selected.Description;

    public int SeasonLength => Selected.SeasonLength;

    public InformationCriteria? Criteria => Selected.Criteria;

    public ForecastResult Forecast(int horizon) => Selected.Forecast(horizon);
}
