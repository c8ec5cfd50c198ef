using System.Collections.Immutable;

namespace Tailor.Operations;

/// <summary>Rolling-origin accuracy of one forecaster on many series.</summary>
/// <param name="Forecaster">Name of the forecaster evaluated.</param>
/// <param name="Series">Each series' result, in input order; null where the series was too short to test or the forecaster rejected it.</param>
/// <param name="Mean">Mean of the per-series means over the series that could be tested (NaN values skipped).</param>
/// <param name="SeriesTested">Number of series with at least one origin.</param>
public sealed record BacktestSummary(string Forecaster, ImmutableArray<SeriesBacktest?> Series, AccuracyMetrics Mean, int SeriesTested);
