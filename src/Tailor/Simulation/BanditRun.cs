using Tailor.Experiments;

namespace Tailor.Simulation;

/// <summary>A simulated bandit experiment: where its weights ended, who saw what, and the weights over time.</summary>
/// <param name="Experiment">The experiment with its final weights.</param>
/// <param name="Observations">Every exposed subject with their outcome, oldest first.</param>
/// <param name="WeightHistory">Weights over time, the created ones first.</param>
/// <param name="Conversions">Conversions the bandit earned.</param>
public sealed record BanditRun(
    Experiment Experiment, IReadOnlyList<ExperimentObservation> Observations, IReadOnlyList<ExperimentWeights> WeightHistory, long Conversions);
