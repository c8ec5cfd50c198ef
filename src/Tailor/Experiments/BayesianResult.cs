namespace Tailor.Experiments;

/// <summary>Posterior chance of each variant being best, and the expected loss of choosing it.</summary>
/// <param name="ProbabilityBest">P(variant has the highest true mean), per variant, in the given order; sums to 1.</param>
/// <param name="ExpectedLoss">
/// E[max over variants of the true mean - this variant's true mean]: what choosing it is expected to
/// cost, in metric units (conversion-rate points or revenue per subject), per variant.
/// </param>
/// <param name="Method">"exact" (closed form, two variants) or "monte-carlo" (fixed seed).</param>
public sealed record BayesianResult(IReadOnlyList<double> ProbabilityBest, IReadOnlyList<double> ExpectedLoss, string Method);
