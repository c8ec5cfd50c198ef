using MathNet.Numerics;

namespace Tailor.Experiments;

/// <summary>
/// Sample-ratio mismatch (SRM): a chi-square goodness-of-fit test of the observed exposures per variant
/// against the counts the weights predict. A mismatch almost always means a bug (a variant that
/// crashes, a redirect that loses visitors, bots) that biases every other number of the report, so it
/// is flagged only at a strict threshold (p &lt; 0.001 by default), as Microsoft's and GrowthBook's
/// experimentation platforms do.
/// </summary>
public static class SampleRatioMismatch
{
    /// <summary>Default threshold below which the split is flagged.</summary>
    public const double DefaultThreshold = 0.001;

    /// <summary>Checks observed exposures against fixed weights (any positive scale).</summary>
    public static SampleRatioCheck Check(IReadOnlyList<long> observed, IReadOnlyList<double> weights, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(weights);
        Require(weights.Count == observed.Count, nameof(weights), $"needs one weight per variant ({observed.Count}), got {weights.Count}");
        Require(weights.All(w => w > 0 && double.IsFinite(w)), nameof(weights), "must all be positive");
        double sum = weights.Sum();
        long total = observed.Sum();
        return CheckExpected(observed, weights.Select(w => total * w / sum).ToArray(), threshold);
    }

    /// <summary>
    /// Checks observed exposures against expected counts computed elsewhere, such as from the weight
    /// history of a bandit, where each period's exposures follow that period's weights.
    /// </summary>
    public static SampleRatioCheck CheckExpected(IReadOnlyList<long> observed, IReadOnlyList<double> expected, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(expected);
        Require(observed.Count >= 2 && expected.Count == observed.Count, nameof(expected), "needs two or more variants with one expected count each");
        Require(observed.All(o => o >= 0), nameof(observed), "counts must be at least 0");
        Require(threshold is > 0 and < 1, nameof(threshold), $"must be strictly between 0 and 1 (was {threshold})");
        if (observed.Sum() == 0)
        {
            return new SampleRatioCheck(0, observed.Count - 1, 1, false, expected);
        }

        double chiSquare = 0;
        for (var k = 0; k < observed.Count; k++)
        {
            Require(expected[k] > 0, nameof(expected), $"variant {k} has an expected count of {expected[k]}; every variant must be expected to get traffic");
            double gap = observed[k] - expected[k];
            chiSquare += gap * gap / expected[k];
        }

        int df = observed.Count - 1;
        // The upper regularized gamma stays accurate for tiny p-values, where 1 - CDF would round to 0.
        double p = SpecialFunctions.GammaUpperRegularized(df / 2.0, chiSquare / 2);
        return new SampleRatioCheck(chiSquare, df, p, p < threshold, expected);
    }

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name}: {problem}.", name);
        }
    }
}
