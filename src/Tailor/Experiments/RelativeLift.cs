namespace Tailor.Experiments;

/// <summary>
/// Relative lift B / A - 1 with Fieller's confidence interval for a ratio of independent means
/// (Fieller 1954): the ratios r with (B - r A)^2 &lt;= c^2 (Var B + r^2 Var A). Unlike the delta method it
/// allows for the noise in the control's mean, and it excludes 0 exactly when the unpooled test of the
/// difference rejects, so the lift's interval never contradicts the p-value next to it.
/// </summary>
/// <param name="Lift">Relative lift; 0.041 is +4.1%.</param>
/// <param name="Lower">Lower end of its confidence interval.</param>
/// <param name="Upper">Upper end of it.</param>
public sealed record RelativeLift(double Lift, double Lower, double Upper)
{
    /// <summary>
    /// The lift of <paramref name="meanB"/> over <paramref name="meanA"/>; null when the control mean is
    /// not positive or not clearly above 0 at this confidence (the ratio's interval is then unbounded).
    /// </summary>
    /// <param name="meanA">Control mean.</param>
    /// <param name="varianceOfMeanA">Variance of the control mean (variance / n).</param>
    /// <param name="meanB">Treatment mean.</param>
    /// <param name="varianceOfMeanB">Variance of the treatment mean.</param>
    /// <param name="critical">Critical value of the test: 1.96 for a 95% z interval, the t quantile for Welch.</param>
    public static RelativeLift? Compute(double meanA, double varianceOfMeanA, double meanB, double varianceOfMeanB, double critical)
    {
        // A lift over nothing (or over a negative mean, such as net refunds) has no meaning.
        if (!(meanA > 0) || !double.IsFinite(meanB) || !(critical > 0))
        {
            return null;
        }

        double c2 = critical * critical;
        double a = (meanA * meanA) - (c2 * varianceOfMeanA);
        if (!(a > 0))
        {
            return null;
        }

        // Roots of a r^2 - 2 A B r + (B^2 - c^2 Var B) = 0.
        double discriminant = (meanA * meanA * meanB * meanB) - (a * ((meanB * meanB) - (c2 * varianceOfMeanB)));
        double root = Math.Sqrt(Math.Max(0, discriminant));
        double lift = (meanB / meanA) - 1;
        return new RelativeLift(lift, ((meanA * meanB) - root) / a - 1, ((meanA * meanB) + root) / a - 1);
    }
}
