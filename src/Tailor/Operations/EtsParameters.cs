namespace Tailor.Operations;

/// <summary>
/// Smoothing parameters of a fitted ETS model in R's parameterisation (beta and gamma multiply the
/// one-step error directly, so beta &lt; alpha and gamma &lt; 1 - alpha in the usual region).
/// </summary>
/// <param name="Alpha">Level smoothing.</param>
/// <param name="Beta">Trend smoothing; 0 without a trend.</param>
/// <param name="Gamma">Seasonal smoothing; 0 without a season.</param>
/// <param name="Phi">Damping; 1 for an undamped trend or no trend.</param>
public sealed record EtsParameters(double Alpha, double Beta, double Gamma, double Phi);
