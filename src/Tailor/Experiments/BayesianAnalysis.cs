using MathNet.Numerics;

namespace Tailor.Experiments;

/// <summary>
/// Bayesian comparison of variants. Conversions: Beta-Binomial with a uniform Beta(1, 1) prior, so
/// variant k's rate is Beta(1 + conversions, 1 + failures). Revenue: a normal approximation with a
/// flat prior, mean ~ N(sample mean, variance / n). Two variants use closed forms; more use Monte Carlo
/// draws from a fixed seed, so the same data always give the same answer.
/// </summary>
public static class BayesianAnalysis
{
    /// <summary>
    /// Above this many successes in both arms the exact Beta sum (one term per success) gives way to
    /// the normal approximation, which is then accurate to far better than the reported digits.
    /// </summary>
    private const double ExactBetaLimit = 50_000;

    /// <summary>Beta-Binomial P(best) and expected loss per variant.</summary>
    /// <param name="successes">Converted subjects per variant.</param>
    /// <param name="trials">Exposed subjects per variant.</param>
    /// <param name="draws">Monte Carlo draws for three or more variants.</param>
    /// <param name="seed">Seed of the draws.</param>
    public static BayesianResult Beta(IReadOnlyList<long> successes, IReadOnlyList<long> trials, int draws, int seed)
    {
        ArgumentNullException.ThrowIfNull(successes);
        ArgumentNullException.ThrowIfNull(trials);
        Require(successes.Count == trials.Count && successes.Count >= 2, nameof(successes), "needs two or more variants with one count each");
        for (var k = 0; k < successes.Count; k++)
        {
            Require(trials[k] >= 0 && successes[k] >= 0 && successes[k] <= trials[k], nameof(successes),
                $"variant {k}: successes must lie between 0 and the trials (got {successes[k]} of {trials[k]})");
        }

        var a = successes.Select(s => 1.0 + s).ToArray();
        var b = successes.Select((s, k) => 1.0 + trials[k] - s).ToArray();
        if (a.Length == 2 && Math.Min(a[0], a[1]) <= ExactBetaLimit)
        {
            // P(B > A) and E[max(A - B, 0)] = E[A 1{A > B}] - E[B 1{A > B}]; size-biasing turns each
            // expectation into a mean times a probability under a Beta with one more success.
            double pBBest = ProbabilityGreater(a[0], b[0], a[1], b[1]);
            double meanA = a[0] / (a[0] + b[0]);
            double meanB = a[1] / (a[1] + b[1]);
            double lossB = Math.Max(0, (meanA * ProbabilityGreater(a[1], b[1], a[0] + 1, b[0])) - (meanB * ProbabilityGreater(a[1] + 1, b[1], a[0], b[0])));
            double lossA = Math.Max(0, (meanB * ProbabilityGreater(a[0], b[0], a[1] + 1, b[1])) - (meanA * ProbabilityGreater(a[0] + 1, b[0], a[1], b[1])));
            return new BayesianResult([1 - pBBest, pBBest], [lossA, lossB], "exact");
        }

        if (a.Length == 2)
        {
            return Normal(
                [a[0] / (a[0] + b[0]), a[1] / (a[1] + b[1])],
                [BetaVariance(a[0], b[0]), BetaVariance(a[1], b[1])], draws, seed);
        }

        Require(draws >= 100, nameof(draws), $"must be at least 100 (was {draws})");
        var random = new Random(seed);
        var samples = new double[a.Length][];
        for (var k = 0; k < a.Length; k++)
        {
            samples[k] = new double[draws];
            MathNet.Numerics.Distributions.Beta.Samples(random, samples[k], a[k], b[k]);
        }

        return FromDraws(samples);
    }

    /// <summary>P(best) and expected loss when each variant's true mean is normal around its estimate.</summary>
    /// <param name="means">Estimated mean per variant.</param>
    /// <param name="variancesOfMean">Variance of each estimate (variance / n).</param>
    /// <param name="draws">Monte Carlo draws for three or more variants.</param>
    /// <param name="seed">Seed of the draws.</param>
    public static BayesianResult Normal(IReadOnlyList<double> means, IReadOnlyList<double> variancesOfMean, int draws, int seed)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(variancesOfMean);
        Require(means.Count == variancesOfMean.Count && means.Count >= 2, nameof(means), "needs two or more variants with one variance each");
        Require(means.All(double.IsFinite) && variancesOfMean.All(v => v >= 0 && double.IsFinite(v)), nameof(means), "means and variances must be finite, variances at least 0");
        if (means.Count == 2)
        {
            // B - A ~ N(delta, s^2): P(B best) = Phi(delta / s); E[max(A - B, 0)] = s phi(delta / s) - delta Phi(-delta / s).
            double delta = means[1] - means[0];
            double s = Math.Sqrt(variancesOfMean[0] + variancesOfMean[1]);
            if (s == 0)
            {
                double tie = delta == 0 ? 0.5 : delta > 0 ? 1 : 0;
                return new BayesianResult([1 - tie, tie], [Math.Max(0, delta), Math.Max(0, -delta)], "exact");
            }

            double z = delta / s;
            double lossB = (s * MathNet.Numerics.Distributions.Normal.PDF(0, 1, z)) - (delta * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -z));
            double lossA = lossB + delta; // E[max(B - A, 0)] - E[max(A - B, 0)] = E[B - A]
            double pB = MathNet.Numerics.Distributions.Normal.CDF(0, 1, z);
            return new BayesianResult([1 - pB, pB], [Math.Max(0, lossA), Math.Max(0, lossB)], "exact");
        }

        Require(draws >= 100, nameof(draws), $"must be at least 100 (was {draws})");
        var random = new Random(seed);
        var samples = new double[means.Count][];
        for (var k = 0; k < means.Count; k++)
        {
            samples[k] = new double[draws];
            MathNet.Numerics.Distributions.Normal.Samples(random, samples[k], means[k], Math.Sqrt(variancesOfMean[k]));
        }

        return FromDraws(samples);
    }

    /// <summary>
    /// P(X2 &gt; X1) for X1 ~ Beta(a1, b1) and X2 ~ Beta(a2, b2) with integer shape parameters a1, a2
    /// (Evan Miller's closed form, "Formulas for Bayesian A/B testing", 2015):
    /// sum over i &lt; a2 of B(a1 + i, b1 + b2) / ((b2 + i) B(1 + i, b2) B(a1, b1)). The sum runs over the
    /// smaller a, using P(X2 &gt; X1) = 1 - P(X1 &gt; X2).
    /// </summary>
    public static double ProbabilityGreater(double a1, double b1, double a2, double b2)
    {
        Require(a1 >= 1 && a2 >= 1 && a1 == Math.Floor(a1) && a2 == Math.Floor(a2), nameof(a1), "the first shape parameters must be whole numbers of at least 1");
        Require(b1 > 0 && b2 > 0, nameof(b1), "the second shape parameters must be positive");
        if (a2 > a1)
        {
            return 1 - ProbabilityGreater(a2, b2, a1, b1);
        }

        double total = 0;
        double constant = SpecialFunctions.BetaLn(a1, b1);
        for (var i = 0; i < a2; i++)
        {
            total += Math.Exp(SpecialFunctions.BetaLn(a1 + i, b1 + b2) - Math.Log(b2 + i) - SpecialFunctions.BetaLn(1 + i, b2) - constant);
        }

        return Math.Clamp(total, 0, 1);
    }

    private static double BetaVariance(double a, double b) => a * b / ((a + b) * (a + b) * (a + b + 1));

    private static BayesianResult FromDraws(double[][] samples)
    {
        int variants = samples.Length;
        int draws = samples[0].Length;
        var wins = new double[variants];
        var loss = new double[variants];
        for (var d = 0; d < draws; d++)
        {
            var best = 0;
            for (var k = 1; k < variants; k++)
            {
                if (samples[k][d] > samples[best][d])
                {
                    best = k;
                }
            }

            wins[best]++;
            for (var k = 0; k < variants; k++)
            {
                loss[k] += samples[best][d] - samples[k][d];
            }
        }

        return new BayesianResult(wins.Select(w => w / draws).ToArray(), loss.Select(l => l / draws).ToArray(), "monte-carlo");
    }

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name}: {problem}.", name);
        }
    }
}
