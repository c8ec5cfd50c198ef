namespace Tailor.Experiments;

/// <summary>
/// Always-valid inference by the mixture sequential probability ratio test (mSPRT; Johari, Koomen,
/// Pekelis and Walsh 2017, "Peeking at A/B tests"). With the estimated difference d, its variance V
/// and a normal mixing distribution N(0, tau^2) over the true difference, the likelihood ratio is
/// Lambda = sqrt(V / (V + tau^2)) exp(tau^2 d^2 / (2 V (V + tau^2))), a martingale under no difference.
/// By Ville's inequality P(Lambda ever exceeds 1/alpha) &lt;= alpha, so p = min(1, 1/Lambda) may be read
/// after every new subject without inflating false positives; inverting it gives a confidence sequence.
/// </summary>
public static class SequentialTest
{
    /// <summary>The always-valid p-value and confidence interval of a difference.</summary>
    /// <param name="difference">Estimated difference, treatment minus control.</param>
    /// <param name="varianceOfDifference">Its variance (the squared standard error).</param>
    /// <param name="mixingVariance">tau^2: the variance of the normal mixture over true differences, in squared metric units.</param>
    /// <param name="alpha">1 minus the confidence level of the interval.</param>
    public static SequentialResult Evaluate(double difference, double varianceOfDifference, double mixingVariance, double alpha)
    {
        Require(double.IsFinite(difference), nameof(difference), "must be finite");
        Require(varianceOfDifference >= 0 && double.IsFinite(varianceOfDifference), nameof(varianceOfDifference), "must be finite and at least 0");
        Require(alpha is > 0 and < 1, nameof(alpha), $"must be strictly between 0 and 1 (was {alpha})");
        if (varianceOfDifference == 0)
        {
            // No spread: nothing can be said yet (a constant metric in both groups, or no subjects).
            return new SequentialResult(1, difference, difference, mixingVariance);
        }

        Require(mixingVariance > 0 && double.IsFinite(mixingVariance), nameof(mixingVariance), $"must be positive (was {mixingVariance})");
        double v = varianceOfDifference;
        double logLambda = (0.5 * Math.Log(v / (v + mixingVariance))) + (mixingVariance * difference * difference / (2 * v * (v + mixingVariance)));
        double p = Math.Min(1, Math.Exp(-logLambda));
        // Lambda < 1/alpha  <=>  d^2 < 2 V (V + tau^2) / tau^2 (log(1/alpha) + log(sqrt((V + tau^2) / V))).
        double half = Math.Sqrt(2 * v * (v + mixingVariance) / mixingVariance * (Math.Log(1 / alpha) + (0.5 * Math.Log((v + mixingVariance) / v))));
        return new SequentialResult(p, difference - half, difference + half, mixingVariance);
    }

    /// <summary>
    /// GrowthBook's choice of the mixing variance: tau^2 = rho^2 N V with
    /// rho^2 = (-2 log alpha + log(-2 log alpha + 1)) / N*, which makes the confidence sequence
    /// tightest when the experiment holds N* subjects (Howard et al. 2021, eq. 161 of
    /// arXiv:2103.06476v7). N V estimates the per-subject variance, so tau^2 is stable as data arrive.
    /// </summary>
    /// <param name="varianceOfDifference">V, the variance of the estimated difference.</param>
    /// <param name="subjects">N, subjects in both groups together.</param>
    /// <param name="tuningSubjects">N*, the sample size at which the interval should be tightest.</param>
    /// <param name="alpha">1 minus the confidence level.</param>
    public static double TunedMixingVariance(double varianceOfDifference, long subjects, double tuningSubjects, double alpha)
    {
        Require(tuningSubjects > 0, nameof(tuningSubjects), $"must be positive (was {tuningSubjects})");
        Require(alpha is > 0 and < 1, nameof(alpha), $"must be strictly between 0 and 1 (was {alpha})");
        double minusTwoLogAlpha = -2 * Math.Log(alpha);
        double rho2 = (minusTwoLogAlpha + Math.Log(minusTwoLogAlpha + 1)) / tuningSubjects;
        return rho2 * subjects * varianceOfDifference;
    }

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name}: {problem}.", name);
        }
    }
}
