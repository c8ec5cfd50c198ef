namespace Tailor.Experiments;

/// <summary>Traffic weights of an experiment from a moment on, until the next entry of its history.</summary>
/// <param name="EffectiveFrom">When they took effect.</param>
/// <param name="Weights">One weight per variant, summing to 1.</param>
public sealed record ExperimentWeights(DateTimeOffset EffectiveFrom, IReadOnlyList<double> Weights);
