using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>
/// Point forecasts and prediction intervals for the periods after the last observation; index 0 is one
/// step ahead. Interval bounds are central: the 80% interval leaves 10% on each side.
/// </summary>
public sealed record ForecastResult
{
    /// <summary>The model that produced the forecast, such as "ETS(M,Ad,M)".</summary>
    public required string Model { get; init; }

    /// <summary>Point forecasts (the forecast mean for ETS, as R reports it).</summary>
    public required ImmutableArray<double> Point { get; init; }

    /// <summary>Lower bounds of the 80% prediction intervals.</summary>
    public required ImmutableArray<double> Lower80 { get; init; }

    /// <summary>Upper bounds of the 80% prediction intervals.</summary>
    public required ImmutableArray<double> Upper80 { get; init; }

    /// <summary>Lower bounds of the 95% prediction intervals.</summary>
    public required ImmutableArray<double> Lower95 { get; init; }

    /// <summary>Upper bounds of the 95% prediction intervals.</summary>
    public required ImmutableArray<double> Upper95 { get; init; }

    /// <summary>Information criteria of the fitted model where it has a likelihood.</summary>
    public InformationCriteria? Criteria { get; init; }

    /// <summary>Number of periods forecast.</summary>
    public int Horizon => Point.Length;
}
