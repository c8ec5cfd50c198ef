using MathNet.Numerics.Distributions;

namespace Tailor.Experiments;

/// <summary>
/// Fixed-horizon tests of treatment (B) against control (A): valid when the sample size was fixed in
/// advance and the result is read once. Differences are always B minus A.
/// </summary>
public static class FrequentistTests
{
    /// <summary>
    /// Two-proportion z test: pooled standard error for the test, unpooled (Wald) for the interval,
    /// the same as R's <c>prop.test(correct = FALSE)</c> (whose X-squared is z squared).
    /// </summary>
    public static DifferenceTest TwoProportion(long successesA, long trialsA, long successesB, long trialsB, double confidence)
    {
        RequireCounts(successesA, trialsA, nameof(successesA));
        RequireCounts(successesB, trialsB, nameof(successesB));
        RequireConfidence(confidence);
        double pA = (double)successesA / trialsA;
        double pB = (double)successesB / trialsB;
        double pooled = (double)(successesA + successesB) / (trialsA + trialsB);
        double pooledSe = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / trialsA) + (1.0 / trialsB)));
        double se = Math.Sqrt((pA * (1 - pA) / trialsA) + (pB * (1 - pB) / trialsB));
        double difference = pB - pA;
        double z = Ratio(difference, pooledSe);
        double half = NormalQuantile(confidence) * se;
        return new DifferenceTest("two-proportion z", difference, se, z, null, TwoSidedNormal(z), difference - half, difference + half);
    }

    /// <summary>
    /// Welch's unequal-variance t test with Welch-Satterthwaite degrees of freedom, as R's <c>t.test</c>.
    /// Needs at least two subjects in each group.
    /// </summary>
    /// <param name="meanA">Control mean.</param>
    /// <param name="varianceA">Control sample variance (n - 1 denominator).</param>
    /// <param name="countA">Control subjects.</param>
    /// <param name="meanB">Treatment mean.</param>
    /// <param name="varianceB">Treatment sample variance.</param>
    /// <param name="countB">Treatment subjects.</param>
    /// <param name="confidence">Level of the interval, such as 0.95.</param>
    public static DifferenceTest Welch(double meanA, double varianceA, long countA, double meanB, double varianceB, long countB, double confidence)
    {
        Require(countA >= 2 && countB >= 2, nameof(countA), $"Welch's t test needs at least 2 subjects per group (got {countA} and {countB})");
        Require(varianceA >= 0 && varianceB >= 0 && double.IsFinite(varianceA) && double.IsFinite(varianceB), nameof(varianceA), "variances must be finite and at least 0");
        Require(double.IsFinite(meanA) && double.IsFinite(meanB), nameof(meanA), "means must be finite");
        RequireConfidence(confidence);
        double vA = varianceA / countA;
        double vB = varianceB / countB;
        double se = Math.Sqrt(vA + vB);
        double difference = meanB - meanA;
        double t = Ratio(difference, se);
        // With both variances 0 the degrees of freedom are undefined; the normal limit is the honest answer.
        double df = vA + vB > 0 ? (vA + vB) * (vA + vB) / ((vA * vA / (countA - 1)) + (vB * vB / (countB - 1))) : double.PositiveInfinity;
        double p = double.IsPositiveInfinity(df) ? TwoSidedNormal(t) : TwoSidedT(t, df);
        double quantile = double.IsPositiveInfinity(df) ? NormalQuantile(confidence) : StudentT.InvCDF(0, 1, df, 0.5 + (confidence / 2));
        return new DifferenceTest("Welch t", difference, se, t, double.IsPositiveInfinity(df) ? null : df, p,
            difference - (quantile * se), difference + (quantile * se));
    }

    /// <summary>
    /// Normal (z) test of a difference of two independent means from their variances of the mean, used
    /// on CUPED-adjusted means where no pooled form exists.
    /// </summary>
    public static DifferenceTest Normal(double meanA, double varianceOfMeanA, double meanB, double varianceOfMeanB, double confidence)
    {
        Require(varianceOfMeanA >= 0 && varianceOfMeanB >= 0, nameof(varianceOfMeanA), "variances must be at least 0");
        RequireConfidence(confidence);
        double se = Math.Sqrt(varianceOfMeanA + varianceOfMeanB);
        double difference = meanB - meanA;
        double z = Ratio(difference, se);
        double half = NormalQuantile(confidence) * se;
        return new DifferenceTest("z", difference, se, z, null, TwoSidedNormal(z), difference - half, difference + half);
    }

    /// <summary>Two-sided p-value of a standard normal statistic, accurate far into the tail.</summary>
    public static double TwoSidedNormal(double z) => double.IsNaN(z) ? 1 : Math.Min(1, 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(z)));

    /// <summary>The two-sided standard normal quantile of a confidence level (1.96 for 0.95).</summary>
    public static double NormalQuantile(double confidence) => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (confidence / 2));

    private static double TwoSidedT(double t, double df) => double.IsNaN(t) ? 1 : Math.Min(1, 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)));

    /// <summary>A statistic whose standard error is 0: 0 when there is no difference, infinite otherwise.</summary>
    private static double Ratio(double difference, double se) =>
        se > 0 ? difference / se : difference == 0 ? 0 : Math.CopySign(double.PositiveInfinity, difference);

    private static void RequireCounts(long successes, long trials, string name) =>
        Require(trials >= 1 && successes >= 0 && successes <= trials, name, $"needs 1 or more trials and successes between 0 and the trials (got {successes} of {trials})");

    private static void RequireConfidence(double confidence) =>
        Require(confidence is > 0 and < 1, nameof(confidence), $"must be strictly between 0 and 1 (was {confidence})");

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name}: {problem}.", name);
        }
    }
}
