namespace Tailor.Experiments;

/// <summary>A treatment against the control. Differences are treatment minus control.</summary>
/// <param name="Control">Name of the control.</param>
/// <param name="Test">Fixed-horizon test used: "two-proportion z", "Welch t" or "z" (after CUPED).</param>
/// <param name="Difference">Difference of means (rates for conversion).</param>
/// <param name="DifferenceLower">Lower end of its fixed-horizon confidence interval.</param>
/// <param name="DifferenceUpper">Upper end of it.</param>
/// <param name="Lift">Relative lift (0.041 = +4.1%); null when the control mean is not positive.</param>
/// <param name="LiftLower">Lower end of the lift's confidence interval.</param>
/// <param name="LiftUpper">Upper end of it.</param>
/// <param name="Statistic">z or t; null when infinite (no variance, different means).</param>
/// <param name="DegreesOfFreedom">Welch degrees of freedom, for t tests.</param>
/// <param name="PValue">Fixed-horizon two-sided p-value: valid only at a sample size fixed in advance.</param>
/// <param name="PValueAdjusted">The same after the report's multiple-comparison correction.</param>
/// <param name="SequentialPValue">Always-valid (mSPRT) p-value: valid however often the report is read.</param>
/// <param name="SequentialPValueAdjusted">The same after the correction.</param>
/// <param name="SequentialLower">Lower end of the always-valid interval of the difference.</param>
/// <param name="SequentialUpper">Upper end of it.</param>
/// <param name="Significant">Whether the adjusted sequential p-value is below alpha: the report's decision rule.</param>
public sealed record VariantComparison(
    string Control,
    string Test,
    double Difference,
    double DifferenceLower,
    double DifferenceUpper,
    double? Lift,
    double? LiftLower,
    double? LiftUpper,
    double? Statistic,
    double? DegreesOfFreedom,
    double PValue,
    double PValueAdjusted,
    double SequentialPValue,
    double SequentialPValueAdjusted,
    double SequentialLower,
    double SequentialUpper,
    bool Significant);
