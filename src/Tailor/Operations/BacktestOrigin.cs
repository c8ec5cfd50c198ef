namespace Tailor.Operations;

/// <summary>Accuracy of the forecast made from one origin.</summary>
/// <param name="TrainingLength">Observations the model was fitted on; the test window follows them.</param>
/// <param name="Model">Description of the model fitted at this origin.</param>
/// <param name="Metrics">Accuracy over the test window.</param>
public sealed record BacktestOrigin(int TrainingLength, string Model, AccuracyMetrics Metrics);
