using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Evaluation;

namespace Tailor.Recommend.Training;

/// <summary>
/// Chooses the recommender for a data set using the training data only: a validation split is carved
/// from the newest part of the training interactions; each algorithm's grid is searched on it; the
/// best of each family are then blended, with weights found by coordinate ascent on the same split.
/// </summary>
public static class AutoSelection
{
    /// <summary>The outcome: the trainer to fit on all the training data, and what validation said.</summary>
    public sealed record Result(
        BlendTrainer Trainer,
        IReadOnlyList<TrainerEvaluation> Candidates,
        double ValidationScore,
        string Metric)
    {
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
    /// <param name="progress">Reports each step.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public static Result Run(
        IReadOnlyList<Interaction> train,
        InteractionOptions options,
        IReadOnlyList<IReadOnlyList<IRecommenderTrainer>> families,
        double validationFraction = 0.3,
        Func<IReadOnlyList<Interaction>, DataSplit>? validationSplit = null,
        string metric = "ndcg@10",
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(families);
        var timed = train.Select(i => i.Timestamp).Distinct().Take(2).Count() > 1;
        var split = validationSplit?.Invoke(train)
            ?? (timed ? Splits.TemporalFraction(train, validationFraction) : Splits.LeaveLastFraction(train, validationFraction));
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
        return new Result(blend, all, bestScore, metric) { BlendMetrics = bestMetrics };
    }

    private static IRecommender Blend(IRecommender[] models, float[] weights)
    {
        var kept = Enumerable.Range(0, models.Length).Where(i => weights[i] > 0).ToArray();
        return kept.Length == 1
            ? models[kept[0]]
            : new HybridModel(kept.Select(i => models[i]).ToArray(), kept.Select(i => weights[i]).ToArray());
    }
}
