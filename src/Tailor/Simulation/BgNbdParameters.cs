namespace Tailor.Simulation;

/// <summary>
/// Population parameters of the BG/NBD purchase process (Fader, Hardie and Lee 2005) the simulator
/// draws customers from. Time is measured in days.
/// </summary>
/// <param name="R">
/// Shape of the Gamma distribution of purchase rates lambda. Range (0, 100]. Smaller values make
/// customers more different from one another.
/// </param>
/// <param name="Alpha">
/// Rate of the Gamma distribution of purchase rates, in days. Range (0, 100000]. The mean purchase
/// rate is <see cref="R"/> / <see cref="Alpha"/> purchases a day before seasonality and marketing.
/// </param>
/// <param name="A">First shape of the Beta distribution of dropout probabilities p. Range (0, 100].</param>
/// <param name="B">Second shape of the Beta distribution of dropout probabilities p. Range (0, 100].</param>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    /// <summary>Mean purchase rate lambda, in purchases a day at seasonality 1 and no marketing.</summary>
    public double MeanRate => R / Alpha;

    /// <summary>Mean probability of becoming inactive after a repeat purchase.</summary>
    public double MeanDropoutProbability => A / (A + B);
}
