namespace Tailor.Simulation;

/// <summary>How often simulated experiments were declared significant.</summary>
/// <param name="Naive">Share with p &lt; alpha at some look of the fixed-horizon two-proportion z test.</param>
/// <param name="Sequential">Share with an always-valid (mSPRT) p &lt; alpha at some look.</param>
/// <param name="FinalLookOnly">Share with the fixed-horizon p &lt; alpha at the last look alone (the planned analysis).</param>
public sealed record PeekingRates(double Naive, double Sequential, double FinalLookOnly);
