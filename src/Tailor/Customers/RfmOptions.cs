namespace Tailor.Customers;

/// <summary>Knobs of <see cref="RfmScorer"/>. Defaults live in <see cref="RfmDefaults"/>.</summary>
public sealed record RfmOptions
{
    /// <summary>Number of score bins per dimension; scores run 1 to Bins. Range [2, 10]. Default 5 (quintiles).</summary>
    public int Bins { get; init; } = RfmDefaults.Bins;

    /// <summary>
    /// Segment rules, tried in order; the first whose box holds a customer's scores names the segment.
    /// Bounds must lie in [1, <see cref="Bins"/>]. Default <see cref="RfmPresets.Rfm11"/>; see also
    /// <see cref="RfmPresets.Rf10"/>.
    /// </summary>
    public IReadOnlyList<RfmSegmentRule> Rules { get; init; } = RfmDefaults.Rules;

    /// <summary>Segment of customers whose scores match no rule. Not empty. Default "Others".</summary>
    public string FallbackSegment { get; init; } = RfmDefaults.FallbackSegment;

    /// <summary>
    /// Fixed recency thresholds instead of quantiles: Bins - 1 ascending values in the observations'
    /// unit. A recency at or below k of them scores 1 + k, so [30, 90, 180, 365] days gives 5 up to
    /// 30 days and 1 beyond a year. Default null (quantiles of the data).
    /// </summary>
    public IReadOnlyList<double>? RecencyThresholds { get; init; }

    /// <summary>
    /// Fixed frequency thresholds instead of quantiles: Bins - 1 ascending values. A frequency at or
    /// above k of them scores 1 + k, so [2, 3, 5, 10] gives 1 to one-time buyers and 5 from ten
    /// purchases. Default null (quantiles of the data).
    /// </summary>
    public IReadOnlyList<double>? FrequencyThresholds { get; init; }

    /// <summary>Fixed monetary thresholds, read like <see cref="FrequencyThresholds"/>. Default null (quantiles).</summary>
    public IReadOnlyList<double>? MonetaryThresholds { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (Bins is < 2 or > 10)
        {
            throw new ArgumentException($"{nameof(Bins)} must be between 2 and 10 (was {Bins}).", nameof(Bins));
        }

        if (Rules is null)
        {
            throw new ArgumentException($"{nameof(Rules)} must not be null.", nameof(Rules));
        }

        if (string.IsNullOrWhiteSpace(FallbackSegment))
        {
            throw new ArgumentException($"{nameof(FallbackSegment)} must not be empty.", nameof(FallbackSegment));
        }

        foreach (var rule in Rules)
        {
            if (rule is null || string.IsNullOrWhiteSpace(rule.Name))
            {
                throw new ArgumentException("Every segment rule needs a name.", nameof(Rules));
            }

            if (!InRange(rule.RecencyLow, rule.RecencyHigh) || !InRange(rule.FrequencyLow, rule.FrequencyHigh) || !InRange(rule.MonetaryLow, rule.MonetaryHigh))
            {
                throw new ArgumentException($"Segment rule '{rule.Name}' needs bounds with low <= high within 1..{Bins}.", nameof(Rules));
            }
        }

        CheckThresholds(RecencyThresholds, nameof(RecencyThresholds));
        CheckThresholds(FrequencyThresholds, nameof(FrequencyThresholds));
        CheckThresholds(MonetaryThresholds, nameof(MonetaryThresholds));
    }

    private bool InRange(int low, int high) => low >= 1 && low <= high && high <= Bins;

    private void CheckThresholds(IReadOnlyList<double>? thresholds, string name)
    {
        if (thresholds is null)
        {
            return;
        }

        if (thresholds.Count != Bins - 1)
        {
            throw new ArgumentException($"{name} needs {Bins - 1} values for {Bins} bins (has {thresholds.Count}).", name);
        }

        for (var i = 0; i < thresholds.Count; i++)
        {
            if (!double.IsFinite(thresholds[i]) || (i > 0 && thresholds[i] <= thresholds[i - 1]))
            {
                throw new ArgumentException($"{name} must be finite and strictly ascending.", name);
            }
        }
    }
}
