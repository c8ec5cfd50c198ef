namespace Tailor.Recommend.Evaluation;

/// <summary>One algorithm with its options, fitted and evaluated.</summary>
/// <param name="Name">The trainer's algorithm name.</param>
/// <param name="FitSeconds">Wall-clock seconds <see cref="IRecommenderTrainer.Fit"/> took.</param>
/// <param name="Parameters">The trainer's options, as it reports them.</param>
/// <param name="Metrics">The model's metrics on the test (or validation) set.</param>
public sealed record TrainerEvaluation(
    string Name,
    double FitSeconds,
    IReadOnlyDictionary<string, object> Parameters,
    EvaluationMetrics Metrics);
