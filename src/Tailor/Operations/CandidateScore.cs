namespace Tailor.Operations;

/// <summary>How one candidate method fared in an automatic choice.</summary>
/// <param name="Forecaster">Name of the candidate.</param>
/// <param name="Mase">Mean backtest MASE; NaN when undefined or not tested.</param>
/// <param name="Mae">Mean backtest MAE; decides when MASE is undefined for every candidate.</param>
/// <param name="Failure">Why the candidate could not be tested (too short a series, say); null when it was.</param>
public sealed record CandidateScore(string Forecaster, double Mase, double Mae, string? Failure);
