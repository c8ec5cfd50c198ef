namespace Tailor.Experiments;

/// <summary>
/// Turns an experiment's exposures and outcomes into a report: per-variant figures, fixed-horizon and
/// always-valid comparisons with the control (CUPED-adjusted when a pre-period covariate helps),
/// corrected across treatments, Bayesian P(best) and expected loss, the SRM check and a verdict.
/// </summary>
public static class ExperimentAnalyzer
{
    /// <summary>Analyzes <paramref name="observations"/> (one per exposed subject).</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="observations">Exposed subjects with outcomes and covariates.</param>
    /// <param name="weightHistory">Weights over time, oldest first, for the SRM check; empty for the experiment's current weights throughout.</param>
    /// <param name="options">Analysis options.</param>
    /// <param name="generatedAt">The moment the data were read.</param>
    public static ExperimentReport Analyze(
        Experiment experiment, IReadOnlyList<ExperimentObservation> observations, IReadOnlyList<ExperimentWeights> weightHistory,
        ExperimentOptions options, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(weightHistory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        int k = experiment.Variants.Count;
        bool conversion = experiment.Metric == ExperimentMetric.Conversion;
        var moments = Enumerable.Range(0, k).Select(_ => new SampleMoments()).ToArray();
        var converted = new long[k];
        var periods = weightHistory.Count > 0 ? weightHistory : [new ExperimentWeights(experiment.CreatedAt, experiment.Weights)];
        var expected = new double[k];
        foreach (var o in observations)
        {
            int v = experiment.IndexOf(o.Variant);
            if (v < 0)
            {
                continue; // a variant the experiment does not have cannot be compared; the store never writes one
            }

            double y = conversion ? (o.Conversions > 0 ? 1 : 0) : o.Total;
            double x = conversion ? (o.PrePeriodConversions > 0 ? 1 : 0) : o.PrePeriodTotal;
            moments[v].Add(y, x);
            converted[v] += o.Conversions > 0 ? 1 : 0;
            var weights = WeightsAt(periods, o.ExposedAt);
            double sum = weights.Sum();
            for (var j = 0; j < k; j++)
            {
                expected[j] += weights[j] / sum;
            }
        }

        var counts = moments.Select(m => m.Count).ToArray();
        long exposures = counts.Sum();
        var srm = exposures == 0
            ? new SampleRatioCheck(0, k - 1, 1, false, expected)
            : SampleRatioMismatch.CheckExpected(counts, expected, options.SrmThreshold);
        var cuped = Cuped(moments, options, out double theta, out double pooledCovariateMean);

        // The means and variances of the mean every comparison and the revenue posterior use.
        var means = new double[k];
        var variancesOfMean = new double[k];
        for (var j = 0; j < k; j++)
        {
            var m = moments[j];
            double variance = cuped.Applied
                ? Math.Max(0, m.Variance + (theta * theta * m.CovariateVariance) - (2 * theta * m.Covariance))
                : conversion ? m.Mean * (1 - m.Mean) : m.Variance;
            means[j] = cuped.Applied ? m.Mean - (theta * (m.CovariateMean - pooledCovariateMean)) : m.Mean;
            variancesOfMean[j] = m.Count > 0 ? variance / m.Count : 0;
        }

        var comparisons = Compare(experiment, moments, converted, means, variancesOfMean, cuped.Applied, options);
        var bayes = Bayes(conversion, moments, converted, means, variancesOfMean, options);
        double weightTotal = experiment.Weights.Sum();
        var variants = new VariantReport[k];
        for (var j = 0; j < k; j++)
        {
            var m = moments[j];
            variants[j] = new VariantReport(
                experiment.Variants[j].Name,
                experiment.Weights[j] / weightTotal,
                m.Count,
                converted[j],
                m.Count > 0 ? (double)converted[j] / m.Count : 0,
                m.Sum,
                m.Mean,
                Math.Sqrt(m.Variance),
                cuped.Applied ? means[j] : null,
                bayes?.ProbabilityBest[j],
                bayes?.ExpectedLoss[j],
                comparisons[j]);
        }

        var report = new ExperimentReport(experiment.Key, experiment.Metric, experiment.Source, experiment.Bandit, experiment.Status,
            experiment.Winner, options.Confidence, options.Correction, generatedAt, exposures, variants, srm, cuped, bayes?.Method, "");
        return report with { Verdict = ExperimentVerdict.Write(report) };
    }

    /// <summary>The weights in force at <paramref name="at"/>: the last entry that took effect by then (the first before any).</summary>
    internal static IReadOnlyList<double> WeightsAt(IReadOnlyList<ExperimentWeights> periods, DateTimeOffset at)
    {
        int lo = 0;
        int hi = periods.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (periods[mid].EffectiveFrom <= at)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return periods[lo].Weights;
    }

    private static CupedSummary Cuped(SampleMoments[] moments, ExperimentOptions options, out double theta, out double pooledCovariateMean)
    {
        theta = 0;
        pooledCovariateMean = 0;
        if (!options.Cuped)
        {
            return new CupedSummary(false, null, null, options.PrePeriodDays, "turned off");
        }

        if (moments.Any(m => m.Count < 2))
        {
            return new CupedSummary(false, null, null, options.PrePeriodDays, "fewer than 2 exposures in a variant");
        }

        var pooled = SampleMoments.Combine(moments);
        if (!(pooled.CovariateVariance > 0))
        {
            return new CupedSummary(false, null, null, options.PrePeriodDays, $"no subject has pre-period data (orders in the {options.PrePeriodDays} days before exposure)");
        }

        // var(y - theta x) = var(y) - cov^2 / var(x) at the optimal theta: the reduction is the squared correlation.
        double reduction = pooled.Variance > 0 ? Math.Clamp(pooled.Covariance * pooled.Covariance / (pooled.CovariateVariance * pooled.Variance), 0, 1) : 0;
        if (reduction < options.CupedMinimumReduction)
        {
            // A covariate that explains next to nothing only adds the noise of estimating theta.
            return new CupedSummary(false, null, reduction, options.PrePeriodDays,
                $"the pre-period covariate explains {reduction:0.0%} of the variance, under {options.CupedMinimumReduction:0%}");
        }

        theta = pooled.Covariance / pooled.CovariateVariance;
        pooledCovariateMean = pooled.CovariateMean;
        return new CupedSummary(true, theta, reduction, options.PrePeriodDays, null);
    }

    private static VariantComparison?[] Compare(
        Experiment experiment, SampleMoments[] moments, long[] converted, double[] means, double[] variancesOfMean, bool cuped, ExperimentOptions options)
    {
        int k = moments.Length;
        var tests = new (DifferenceTest Test, RelativeLift? Lift, SequentialResult Sequential)?[k];
        var control = moments[0];
        for (var j = 1; j < k; j++)
        {
            var treatment = moments[j];
            if (control.Count < 2 || treatment.Count < 2)
            {
                continue;
            }

            DifferenceTest test = (experiment.Metric, cuped) switch
            {
                (ExperimentMetric.Conversion, false) => FrequentistTests.TwoProportion(converted[0], control.Count, converted[j], treatment.Count, options.Confidence),
                (ExperimentMetric.Conversion, true) => FrequentistTests.Normal(means[0], variancesOfMean[0], means[j], variancesOfMean[j], options.Confidence),
                _ => FrequentistTests.Welch(means[0], variancesOfMean[0] * control.Count, control.Count, means[j], variancesOfMean[j] * treatment.Count,
                    treatment.Count, options.Confidence),
            };
            double v = variancesOfMean[0] + variancesOfMean[j];
            double tau2 = options.MixingVariance ?? SequentialTest.TunedMixingVariance(v, control.Count + treatment.Count, options.SequentialTuningSubjects, options.Alpha);
            var sequential = SequentialTest.Evaluate(means[j] - means[0], v, tau2, options.Alpha);
            // The lift's interval uses the test's own critical value (z, or t at Welch's degrees of freedom).
            double critical = test.StandardError > 0 ? (test.Upper - test.Difference) / test.StandardError : FrequentistTests.NormalQuantile(options.Confidence);
            tests[j] = (test, RelativeLift.Compute(means[0], variancesOfMean[0], means[j], variancesOfMean[j], critical), sequential);
        }

        var present = Enumerable.Range(0, k).Where(j => tests[j] is not null).ToArray();
        var fixedAdjusted = MultipleComparisons.Adjust(present.Select(j => tests[j]!.Value.Test.PValue).ToArray(), options.Correction);
        var sequentialAdjusted = MultipleComparisons.Adjust(present.Select(j => tests[j]!.Value.Sequential.PValue).ToArray(), options.Correction);
        var result = new VariantComparison?[k];
        for (var i = 0; i < present.Length; i++)
        {
            var (test, lift, sequential) = tests[present[i]]!.Value;
            result[present[i]] = new VariantComparison(
                experiment.Control, test.Test, test.Difference, test.Lower, test.Upper, lift?.Lift, lift?.Lower, lift?.Upper,
                double.IsFinite(test.Statistic) ? test.Statistic : null, test.DegreesOfFreedom, test.PValue, fixedAdjusted[i],
                sequential.PValue, sequentialAdjusted[i], sequential.Lower, sequential.Upper, sequentialAdjusted[i] < options.Alpha);
        }

        return result;
    }

    private static BayesianResult? Bayes(
        bool conversion, SampleMoments[] moments, long[] converted, double[] means, double[] variancesOfMean, ExperimentOptions options)
    {
        if (conversion)
        {
            return BayesianAnalysis.Beta(converted, moments.Select(m => m.Count).ToArray(), options.MonteCarloDraws, options.Seed);
        }

        // The normal approximation needs a variance estimate in every variant.
        return moments.All(m => m.Count >= 2)
            ? BayesianAnalysis.Normal(means, variancesOfMean, options.MonteCarloDraws, options.Seed)
            : null;
    }
}
