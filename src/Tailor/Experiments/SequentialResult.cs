namespace Tailor.Experiments;

/// <summary>The always-valid (mSPRT) reading of a difference.</summary>
/// <param name="PValue">Always-valid p-value: may be read at every look.</param>
/// <param name="Lower">Lower end of the always-valid confidence interval (confidence sequence) of the difference.</param>
/// <param name="Upper">Upper end of it.</param>
/// <param name="MixingVariance">The tau^2 used.</param>
public sealed record SequentialResult(double PValue, double Lower, double Upper, double MixingVariance);
