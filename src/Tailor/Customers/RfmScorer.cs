namespace Tailor.Customers;

/// <summary>
/// Scores customers 1 to Bins on recency, frequency and monetary value (higher is better) and names
/// their segment. Quantile scores come from each customer's rank: with n customers of whom k are
/// strictly worse, the score is 1 + floor(Bins k / n). Equal values therefore always share a score,
/// the score of the first of them, and the result does not depend on input order; with many ties
/// (most customers bought once) some scores are simply not used, where a row-number ntile would
/// split identical customers across scores arbitrarily.
/// </summary>
public static class RfmScorer
{
    /// <summary>
    /// Scores summaries (R = T - t_x, F = x + 1 purchase days, M = total spend), with default options
    /// (quintiles, 11 segments) unless given.
    /// </summary>
    /// <inheritdoc cref="Score(IReadOnlyList{RfmObservation}, RfmOptions)"/>
    public static IReadOnlyList<RfmScore> ScoreSummaries(IReadOnlyList<CustomerSummary> customers, RfmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var observations = new RfmObservation[customers.Count];
        for (var i = 0; i < customers.Count; i++)
        {
            observations[i] = RfmObservation.FromSummary(customers[i] ?? throw new ArgumentException($"Customer {i} is null.", nameof(customers)));
        }

        return Score(observations, options ?? new RfmOptions());
    }

    /// <summary>Scores observations, in the order given.</summary>
    /// <param name="observations">One per customer; ids unique; values finite and not negative.</param>
    /// <param name="options">Bins, thresholds and segment rules.</param>
    /// <exception cref="ArgumentException">No observations, a duplicate id, a bad value, or options out of range.</exception>
    public static IReadOnlyList<RfmScore> Score(IReadOnlyList<RfmObservation> observations, RfmOptions options)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (observations.Count == 0)
        {
            throw new ArgumentException("There are no customers to score.", nameof(observations));
        }

        var n = observations.Count;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var recency = new double[n];
        var frequency = new double[n];
        var monetary = new double[n];
        for (var i = 0; i < n; i++)
        {
            var o = observations[i] ?? throw new ArgumentException($"Observation {i} is null.", nameof(observations));
            if (string.IsNullOrWhiteSpace(o.CustomerId) || !ids.Add(o.CustomerId))
            {
                throw new ArgumentException($"Observation {i} has an empty or repeated customer id '{o.CustomerId}'.", nameof(observations));
            }

            if (!IsValid(o.Recency) || !IsValid(o.Frequency) || !IsValid(o.Monetary))
            {
                throw new ArgumentException(
                    $"Customer '{o.CustomerId}' has a negative or non-finite value (R {o.Recency}, F {o.Frequency}, M {o.Monetary}).", nameof(observations));
            }

            // Recency is better when smaller: negating it lets one higher-is-better routine score all three.
            recency[i] = -o.Recency;
            frequency[i] = o.Frequency;
            monetary[i] = o.Monetary;
        }

        var r = options.RecencyThresholds is { } rt ? Negated(rt, recency, options.Bins) : QuantileScores(recency, options.Bins);
        var f = options.FrequencyThresholds is { } ft ? ThresholdScores(frequency, ft) : QuantileScores(frequency, options.Bins);
        var m = options.MonetaryThresholds is { } mt ? ThresholdScores(monetary, mt) : QuantileScores(monetary, options.Bins);
        var scores = new RfmScore[n];
        for (var i = 0; i < n; i++)
        {
            var o = observations[i];
            scores[i] = new RfmScore(o.CustomerId, o.Recency, o.Frequency, o.Monetary, r[i], f[i], m[i], SegmentOf(r[i], f[i], m[i], options));
        }

        return scores;
    }

    /// <summary>The segment of scores (r, f, m) under the options' rules.</summary>
    public static string SegmentOf(int r, int f, int m, RfmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var rule in options.Rules)
        {
            if (rule.Matches(r, f, m))
            {
                return rule.Name;
            }
        }

        return options.FallbackSegment;
    }

    private static bool IsValid(double value) => double.IsFinite(value) && value >= 0;

    private static int[] QuantileScores(double[] values, int bins)
    {
        var n = values.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = (double[])values.Clone();
        Array.Sort(keys, order);
        var scores = new int[n];
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // start customers are strictly worse than this tie group.
            var score = 1 + (int)((long)bins * start / n);
            for (var j = start; j < end; j++)
            {
                scores[order[j]] = score;
            }

            start = end;
        }

        return scores;
    }

    private static int[] ThresholdScores(double[] values, IReadOnlyList<double> thresholds)
    {
        var scores = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var score = 1;
            foreach (var threshold in thresholds)
            {
                score += values[i] >= threshold ? 1 : 0;
            }

            scores[i] = score;
        }

        return scores;
    }

    private static int[] Negated(IReadOnlyList<double> thresholds, double[] negatedRecency, int bins)
    {
        // A recency at or below k thresholds scores 1 + k: with negated values that is "at or above"
        // the negated thresholds, ascending once reversed.
        var negated = new double[bins - 1];
        for (var i = 0; i < negated.Length; i++)
        {
            negated[i] = -thresholds[negated.Length - 1 - i];
        }

        return ThresholdScores(negatedRecency, negated);
    }
}
