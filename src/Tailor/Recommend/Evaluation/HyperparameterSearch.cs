namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Picks the best of several candidate trainers (any algorithms, any options, such as the points of
/// a <see cref="ParameterGrid"/>) by fitting each on a training part and scoring it on a validation
/// part. Candidates run one after the other in the given order, and a later one wins only by being
/// strictly better, so the choice is deterministic whenever the trainers are.
/// </summary>
public static class HyperparameterSearch
{
    /// <summary>Fits every candidate on <paramref name="train"/> and ranks them on <paramref name="validation"/>.</summary>
    /// <exception cref="ArgumentException">No candidates, or the metric is not a metric key.</exception>
    public static HyperparameterSearchResult Run(
        IEnumerable<IRecommenderTrainer> candidates,
        InteractionMatrix train,
        TestSet validation,
        HyperparameterSearchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        options ??= new HyperparameterSearchOptions();
        var (metric, k) = MetricNames.Parse(options.Metric);
        var key = MetricNames.Key(metric, k);
        var evaluation = options.Evaluation.Cutoffs.Contains(k)
            ? options.Evaluation
            : options.Evaluation with { Cutoffs = [.. options.Evaluation.Cutoffs, k] };
        var higherIsBetter = MetricNames.HigherIsBetter(metric);

        var results = new List<TrainerEvaluation>();
        IRecommenderTrainer? best = null;
        TrainerEvaluation? bestResult = null;
        foreach (var candidate in candidates)
        {
            var result = RecommenderEvaluator.EvaluateTrainer(candidate, train, validation, evaluation, cancellationToken);
            results.Add(result);
            if (bestResult is null || IsBetter(result.Metrics[key], bestResult.Metrics[key], higherIsBetter))
            {
                best = candidate;
                bestResult = result;
            }
        }

        if (best is null || bestResult is null)
        {
            throw new ArgumentException("A search needs at least one candidate.", nameof(candidates));
        }

        return new HyperparameterSearchResult(best, bestResult, results, key);
    }

    /// <summary>
    /// Carves a validation split out of <paramref name="train"/> with <paramref name="split"/> (for
    /// example <c>i =&gt; Splits.TemporalFraction(i)</c>), builds its training matrix and runs the search
    /// on it. Only <paramref name="train"/> is read, so the outer test set stays unseen.
    /// </summary>
    public static HyperparameterSearchResult Run(
        IEnumerable<IRecommenderTrainer> candidates,
        IReadOnlyList<Interaction> train,
        Func<IReadOnlyList<Interaction>, DataSplit> split,
        InteractionOptions interactionOptions,
        HyperparameterSearchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(interactionOptions);
        var inner = split(train);
        return Run(candidates, inner.BuildTrainMatrix(interactionOptions), inner.Test, options, cancellationToken);
    }

    private static bool IsBetter(double value, double best, bool higherIsBetter) =>
        higherIsBetter ? value > best : value < best;
}
