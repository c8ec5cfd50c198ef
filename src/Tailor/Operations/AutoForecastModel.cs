using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>The model an <see cref="AutoForecaster"/> chose, refitted on the whole series, with every candidate's score.</summary>
public sealed class AutoForecastModel : IForecastModel
{
    internal AutoForecastModel(IForecastModel selected, string forecaster, bool intermittent, ImmutableArray<CandidateScore> scores)
    {
        Selected = selected;
        Forecaster = forecaster;
        Intermittent = intermittent;
        Scores = scores;
    }

    /// <summary>The chosen model, fitted on the whole series.</summary>
    public IForecastModel Selected { get; }

    /// <summary>Name of the chosen forecaster, such as "ETS" or "SBA".</summary>
    public string Forecaster { get; }

    /// <summary>True when the series was routed to the intermittent-demand methods.</summary>
    public bool Intermittent { get; }

    /// <summary>Backtest score of every candidate, in the order they were tried.</summary>
    public ImmutableArray<CandidateScore> Scores { get; }

    /// <inheritdoc />
    public string Description => Selected.Description;

    /// <inheritdoc />
    public int SeasonLength => Selected.SeasonLength;

    /// <inheritdoc />
    public InformationCriteria? Criteria => Selected.Criteria;

    /// <inheritdoc />
    public ForecastResult Forecast(int horizon) => Selected.Forecast(horizon);
}
