namespace Tailor.Experiments;

/// <summary>The sample-ratio-mismatch check: do the exposures split as the weights say they should?</summary>
/// <param name="ChiSquare">Pearson's goodness-of-fit statistic.</param>
/// <param name="DegreesOfFreedom">Variants minus one.</param>
/// <param name="PValue">P(a split at least this uneven | assignment works as designed).</param>
/// <param name="Mismatch">True when the p-value is below the threshold (0.001 by default): the assignment or exposure logging is broken.</param>
/// <param name="ExpectedExposures">Exposures per variant the weights lead to expect.</param>
public sealed record SampleRatioCheck(double ChiSquare, int DegreesOfFreedom, double PValue, bool Mismatch, IReadOnlyList<double> ExpectedExposures);
