namespace Tailor.Experiments;

/// <summary>
/// Bandit mode: traffic weights follow Thompson sampling, so each variant gets the share of new
/// subjects equal to its posterior probability of being best (probability matching), recomputed
/// periodically from the outcomes so far, as GrowthBook's bandits do. A burn-in keeps the created
/// weights until every variant has data, and a floor keeps every variant alive.
/// </summary>
public static class ThompsonBandit
{
    /// <summary>New weights from a report, or null while any variant is in burn-in or P(best) is not known.</summary>
    public static IReadOnlyList<double>? NextWeights(ExperimentReport report, ExperimentOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        if (report.Variants.Any(v => v.Exposures < options.BanditBurnInExposures || v.ProbabilityBest is null))
        {
            return null;
        }

        return Floor(report.Variants.Select(v => v.ProbabilityBest!.Value).ToArray(), options.BanditMinimumWeight);
    }

    /// <summary>
    /// floor + (1 - k floor) p: every share at least <paramref name="floor"/>, the rest in proportion to
    /// <paramref name="probabilityBest"/>; sums to 1.
    /// </summary>
    public static double[] Floor(IReadOnlyList<double> probabilityBest, double floor)
    {
        ArgumentNullException.ThrowIfNull(probabilityBest);
        int k = probabilityBest.Count;
        if (k == 0 || floor < 0 || floor * k >= 1)
        {
            throw new ArgumentException($"A floor of {floor} cannot be given to each of {k} variants.", nameof(floor));
        }

        double total = probabilityBest.Sum();
        return probabilityBest.Select(p => floor + ((1 - (k * floor)) * (total > 0 ? p / total : 1.0 / k))).ToArray();
    }
}
