using Tailor.Data;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Evaluation;
using Tailor.Recommend.Reranking;

namespace Tailor.Recommend.Training;

/// <summary>
/// Chooses the recommender for a data set using the training data only: a validation split is carved
/// from the newest part of the training interactions; each algorithm's grid is searched on it; the
/// best of each family are then blended, with weights found by coordinate ascent on the same split.
/// Then a learned re-ranker over the best models is tried: its trees are learnt one period earlier
/// (the same carving applied to the part before validation) and judged on the validation period,
/// against the blend tuned on that very period; it replaces the blend only if it wins there by more
/// than noise (two standard errors of the paired per-user difference), and is then learnt again on
/// the validation period itself.
/// </summary>
public static class AutoSelection
{
    /// <summary>The outcome: the trainer to fit on all the training data, and what validation said.</summary>
    /// <param name="Trainer">The choice: <paramref name="Blend"/>, or a <see cref="RerankTrainer"/> over its best models.</param>
    /// <param name="Blend">The best blend.</param>
    /// <param name="Candidates">Every setting searched, with its validation metrics.</param>
    /// <param name="ValidationScore">The choice's validation score (for a re-ranker: learnt one period earlier).</param>
    /// <param name="Metric">The metric maximised.</param>
    public sealed record Result(
        IRecommenderTrainer Trainer,
        BlendTrainer Blend,
        IReadOnlyList<TrainerEvaluation> Candidates,
        double ValidationScore,
        string Metric)
    {
        /// <summary>The blend's validation score (tuned on the validation period itself).</summary>
        public double BlendValidationScore { get; init; }

        /// <summary>The re-ranker's validation score when one was learnt, learnt one period earlier; otherwise null.</summary>
        public double? RerankValidationScore { get; init; }

        /// <summary>Standard error of the re-ranker's paired per-user gain over the blend on validation; it must win by two.</summary>
        public double? RerankGainStandardError { get; init; }

        /// <summary>Every metric of the re-ranker on the validation split when one was learnt; otherwise null.</summary>
        public EvaluationMetrics? RerankMetrics { get; init; }

        /// <summary>Why no re-ranker was learnt, when none was (disabled, too little data, no component).</summary>
        public string? RerankSkipped { get; init; }

        /// <summary>Every metric of the chosen blend on the validation split, at the cut-off of <see cref="Metric"/>.</summary>
        public EvaluationMetrics? BlendMetrics { get; init; }
    }

    /// <param name="train">Training interactions, with timestamps.</param>
    /// <param name="options">How interactions become the matrix.</param>
    /// <param name="families">Per algorithm family, the candidate trainers to search (first = default).</param>
    /// <param name="validationFraction">Share of the training period, newest first, held out for validation.</param>
    /// <param name="validationSplit">
    /// How to carve validation from the training interactions; default: the newest
    /// <paramref name="validationFraction"/> of the period, or each user's last items in input order when
    /// the interactions carry no distinct times (a file without a timestamp column).
    /// </param>
    /// <param name="metric">Metric to maximise, such as "ndcg@10".</param>
    /// <param name="catalogue">Items with prices, for the re-ranker's price signals; null when unknown.</param>
    /// <param name="rerank">The re-ranker's options; default <see cref="RerankOptions"/> (enabled).</param>
    /// <param name="progress">Reports each step.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public static Result Run(
        IReadOnlyList<Interaction> train,
        InteractionOptions options,
        IReadOnlyList<IReadOnlyList<IRecommenderTrainer>> families,
        double validationFraction = 0.3,
        Func<IReadOnlyList<Interaction>, DataSplit>? validationSplit = null,
        string metric = "ndcg@10",
        IReadOnlyList<Item>? catalogue = null,
        RerankOptions? rerank = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(families);
        var timed = train.Select(i => i.Timestamp).Distinct().Take(2).Count() > 1;
        DataSplit Carve(IReadOnlyList<Interaction> interactions) => validationSplit?.Invoke(interactions)
            ?? (timed ? Splits.TemporalFraction(interactions, validationFraction) : Splits.LeaveLastFraction(interactions, validationFraction));
        var split = Carve(train);
        if (split.Test.Count == 0)
        {
            throw new ArgumentException("The training data is too small to hold out a validation period.", nameof(train));
        }

        var matrix = split.BuildTrainMatrix(options);
        var evaluation = new EvaluationOptions { Cutoffs = [MetricNames.Parse(metric).K] };
        var all = new List<TrainerEvaluation>();
        var best = new List<(IRecommenderTrainer Trainer, EvaluationMetrics Metrics)>();
        foreach (var family in families)
        {
            progress?.Report($"Searching {family[0].Name} ({family.Count} settings)");
            var search = HyperparameterSearch.Run(family, matrix, split.Test,
                new HyperparameterSearchOptions { Metric = metric, Evaluation = evaluation }, cancellationToken);
            all.AddRange(search.All);
            best.Add((search.Best, search.BestEvaluation.Metrics));
        }

        progress?.Report("Blending the best of each family");
        var models = best.Select(b => b.Trainer.Fit(matrix, cancellationToken)).ToArray();
        var weights = best.Select(b => 0f).ToArray();
        var leader = best.Select((b, i) => (Score: b.Metrics[metric], i)).Max().i;
        weights[leader] = 1f;
        var bestMetrics = best[leader].Metrics;
        var bestScore = bestMetrics[metric];
        EvaluationMetrics Evaluate(float[] w) =>
            RecommenderEvaluator.Evaluate(Blend(models, w), matrix, split.Test, evaluation, cancellationToken);

        // Coordinate ascent over the other families' weights, the leader fixed at 1. Secondary weights stay
        // on a short ladder and a change must gain at least 1% relative: a blend tuned to the last bit on one
        // validation period over-fits it, and the cost of a wrong secondary weight is larger than its gain.
        float[] ladder = [0f, 0.1f, 0.25f, 0.5f];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < models.Length; c++)
            {
                if (c == leader)
                {
                    continue;
                }

                foreach (var value in ladder)
                {
                    if (value == weights[c])
                    {
                        continue;
                    }

                    var trial = (float[])weights.Clone();
                    trial[c] = value;
                    var trialMetrics = Evaluate(trial);
                    var score = trialMetrics[metric];
                    if (score > bestScore * 1.01)
                    {
                        bestScore = score;
                        bestMetrics = trialMetrics;
                        weights = trial;
                    }
                }
            }
        }

        var blend = new BlendTrainer(best.Select(b => b.Trainer).ToArray(), weights, "auto");
        var result = new Result(blend, blend, all, bestScore, metric) { BlendValidationScore = bestScore, BlendMetrics = bestMetrics };
        rerank ??= new RerankOptions();
        rerank.Validate();
        if (!rerank.Enabled)
        {
            return result with { RerankSkipped = "disabled" };
        }

        // The components: the best setting of each family the options name, best on validation first,
        // because the first also orders whatever the re-ranker does not look at.
        var chosen = Enumerable.Range(0, best.Count)
            .Where(i => rerank.Components.Contains(best[i].Trainer.Name, StringComparer.Ordinal))
            .OrderByDescending(i => best[i].Metrics[metric])
            .ToArray();
        if (chosen.Length == 0)
        {
            return result with { RerankSkipped = "none of the re-ranker's components was searched" };
        }

        var components = chosen.Select(i => best[i].Trainer).ToArray();
        try
        {
            progress?.Report("Learning a re-ranker on the period before validation");
            var earlier = Carve(split.Train);
            var early = RerankLearner.Learn(components, earlier.BuildTrainMatrix(options), earlier.Test, catalogue, rerank, "auto", cancellationToken);
            var fitted = chosen.Select(i => models[i]).ToArray();
            var rerankModel = early.Build(fitted, matrix);
            var rerankMetrics = RecommenderEvaluator.Evaluate(rerankModel, matrix, split.Test, evaluation, cancellationToken);
            var score = rerankMetrics[metric];
            var rerankUsers = RecommenderEvaluator.PerUser(rerankModel, matrix, split.Test, metric);
            var blendUsers = RecommenderEvaluator.PerUser(Blend(models, weights), matrix, split.Test, metric);
            var (gain, error) = rerankUsers is null || blendUsers is null ? (score - bestScore, 0.0) : PairedGain(rerankUsers, blendUsers);
            result = result with { RerankValidationScore = score, RerankMetrics = rerankMetrics, RerankGainStandardError = error };
            progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Re-ranker {score:F4} against blend {bestScore:F4} on validation (gain {gain:F4}, standard error {error:F4})"));

            // The re-ranker must win by more than noise: two standard errors of the paired per-user gain.
            // A gain within noise on one validation period is as likely to be a loss on the next.
            if (!(gain > 2 * error))
            {
                return result;
            }

            var reranker = RerankLearner.Learn(components, fitted, matrix, split.Test, catalogue, rerank, "auto", cancellationToken);
            return result with { Trainer = reranker, ValidationScore = score };
        }
        catch (ArgumentException e)
        {
            // Too little data before or in validation to learn trees from: the blend stands.
            return result with { RerankSkipped = e.Message };
        }
    }

    /// <summary>Mean of the per-user differences a - b and its standard error.</summary>
    private static (double Gain, double StandardError) PairedGain(double[] a, double[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        if (n < 2)
        {
            return (n == 1 ? a[0] - b[0] : 0, double.PositiveInfinity);
        }

        var mean = 0.0;
        for (var u = 0; u < n; u++)
        {
            mean += a[u] - b[u];
        }

        mean /= n;
        var squares = 0.0;
        for (var u = 0; u < n; u++)
        {
            var d = a[u] - b[u] - mean;
            squares += d * d;
        }

        return (mean, Math.Sqrt(squares / (n - 1) / n));
    }

    private static IRecommender Blend(IRecommender[] models, float[] weights)
    {
        var kept = Enumerable.Range(0, models.Length).Where(i => weights[i] > 0).ToArray();
        return kept.Length == 1
            ? models[kept[0]]
            : new HybridModel(kept.Select(i => models[i]).ToArray(), kept.Select(i => weights[i]).ToArray());
    }
}
