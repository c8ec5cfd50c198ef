namespace Tailor.Experiments;

/// <summary>A fixed-horizon test of the difference treatment minus control, with its confidence interval.</summary>
/// <param name="Test">Which test: "two-proportion z", "Welch t" or "z" (normal, unpooled; used after CUPED).</param>
/// <param name="Difference">Treatment mean minus control mean.</param>
/// <param name="StandardError">Standard error of the difference used for the interval.</param>
/// <param name="Statistic">z or t statistic.</param>
/// <param name="DegreesOfFreedom">Welch-Satterthwaite degrees of freedom for a t test; null for z tests.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="Lower">Lower end of the confidence interval of the difference.</param>
/// <param name="Upper">Upper end of the confidence interval of the difference.</param>
public sealed record DifferenceTest(
    string Test,
    double Difference,
    double StandardError,
    double Statistic,
    double? DegreesOfFreedom,
    double PValue,
    double Lower,
    double Upper);
