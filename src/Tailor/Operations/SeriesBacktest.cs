using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>Rolling-origin accuracy of one forecaster on one series.</summary>
/// <param name="Forecaster">Name of the forecaster evaluated.</param>
/// <param name="Origins">Each origin's accuracy, oldest first.</param>
/// <param name="Mean">Mean over the origins.</param>
public sealed record SeriesBacktest(string Forecaster, ImmutableArray<BacktestOrigin> Origins, AccuracyMetrics Mean);
