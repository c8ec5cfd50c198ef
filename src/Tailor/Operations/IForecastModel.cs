namespace Tailor.Operations;

/// <summary>A fitted forecasting model; immutable and safe to use from several threads.</summary>
public interface IForecastModel
{
    /// <summary>Human-readable model, such as "ETS(M,Ad,M)" or "Croston (alpha 0.1)".</summary>
    string Description { get; }

    /// <summary>Season length the model was fitted with.</summary>
    int SeasonLength { get; }

    /// <summary>Information criteria where the model has a likelihood; null otherwise.</summary>
    InformationCriteria? Criteria { get; }

    /// <summary>Forecasts the next <paramref name="horizon"/> periods (at least 1).</summary>
    ForecastResult Forecast(int horizon);
}
