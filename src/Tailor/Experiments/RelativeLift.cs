namespace Tailor.Experiments;

/// <summary>
/// Relative lift B / A - 1 with a delta-method interval:
/// Var(B/A) ~ Var(B)/A^2 + B^2 Var(A)/A^4 for independent means (as GrowthBook reports lift).
/// </summary>
/// <param name="Lift">Relative lift; 0.041 is +4.1%.</param>
/// <param name="Lower">Lower end of its confidence interval.</param>
/// <param name="Upper">Upper end of its confidence interval.</param>
public sealed record RelativeLift(double Lift, double Lower, double Upper)
{
    /// <summary>The lift of <paramref name="meanB"/> over <paramref name="meanA"/>; null when the control mean is not positive.</summary>
    /// <param name="meanA">Control mean.</param>
    /// <param name="varianceOfMeanA">Variance of the control mean (variance / n).</param>
    /// <param name="meanB">Treatment mean.</param>
    /// <param name="varianceOfMeanB">Variance of the treatment mean.</param>
    /// <param name="confidence">Level of the interval.</param>
    public static RelativeLift? Compute(double meanA, double varianceOfMeanA, double meanB, double varianceOfMeanB, double confidence)
    {
        // A lift over nothing (or over a negative mean, such as net refunds) has no meaning.
        if (!(meanA > 0) || !double.IsFinite(meanB))
        {
            return null;
        }

        double lift = (meanB / meanA) - 1;
        double variance = (varianceOfMeanB / (meanA * meanA)) + (meanB * meanB * varianceOfMeanA / (meanA * meanA * meanA * meanA));
        double half = FrequentistTests.NormalQuantile(confidence) * Math.Sqrt(variance);
        return new RelativeLift(lift, lift - half, lift + half);
    }
}
