using System.Diagnostics;
using Tailor.Data;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Reranking;

namespace Tailor.Recommend.Training;

/// <summary>
/// Trains everything a shop's recommendations need from its data: the interaction matrix (customers
/// who did not consent to personalization left out), the component models, their blend, and the
/// popularity, neighbour and bought-together models behind cold start and item queries.
/// </summary>
public static class RecommenderTraining
{
    /// <summary>Components of the blend and their weights when there is no validation data to tune them on.</summary>
    internal static readonly IReadOnlyDictionary<string, float> DefaultWeights = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        ["ease"] = 1f,
        ["item-knn"] = 0.5f,
        ["als"] = 0.5f,
        ["trending"] = 0.25f,
        ["content"] = 0.1f,
    };

    public static (RecommenderBundle Bundle, TrainingReport Report) Train(
        ShopData data, RecommenderTrainingOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var excluded = data.Customers.Where(c => !c.Consent.Personalization).Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        progress?.Report("Building the interaction matrix");
        var interactions = InteractionSource.FromShop(data, options.Interactions, excluded).ToList();
        if (interactions.Count == 0)
        {
            throw new ArgumentException("The shop has no orders or events to learn from: import some first.", nameof(data));
        }

        var now = interactions.Max(i => i.Timestamp);
        var matrix = InteractionMatrix.Build(interactions, options.Interactions, now, data.Items.Select(i => i.ExternalId));
        var baskets = data.Orders
            .Where(o => o.CustomerId is null || !excluded.Contains(o.CustomerId))
            .Select(o => (IReadOnlyCollection<string>)o.Lines.Where(l => l.Quantity > 0).Select(l => l.ItemId).ToArray())
            .ToList();

        var families = Families(data, matrix.ItemCount, options);
        IRecommenderTrainer trainer;
        var validation = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        try
        {
            var auto = options.Tune
                ? AutoSelection.Run(interactions, options.Interactions, families, catalogue: data.Items, rerank: options.Rerank, progress: progress,
                    cancellationToken: cancellationToken)
                : null;
            trainer = auto?.Trainer ?? DefaultBlend(families);
            if (auto is not null)
            {
                // Every metric at the cut-off where the blend serves, not only the one searched on: the
                // dashboard shows coverage and popularity bias (exposure Gini) next to accuracy.
                var blendMetrics = auto.BlendMetrics?.Values
                    ?? new Dictionary<string, double>(StringComparer.Ordinal) { [auto.Metric] = auto.BlendValidationScore };
                var rerankMetrics = auto.RerankMetrics?.Values
                    ?? (auto.RerankValidationScore is { } rerankScore
                        ? new Dictionary<string, double>(StringComparer.Ordinal) { [auto.Metric] = rerankScore }
                        : null);
                validation["auto"] = ReferenceEquals(auto.Trainer, auto.Blend) || rerankMetrics is null ? blendMetrics : rerankMetrics;
                validation["blend"] = blendMetrics;
                if (rerankMetrics is not null)
                {
                    validation["rerank"] = rerankMetrics;
                }

                foreach (var candidate in auto.Candidates.GroupBy(c => c.Name, StringComparer.Ordinal))
                {
                    validation[candidate.Key] = candidate.MaxBy(c => c.Metrics[auto.Metric])!.Metrics.Values;
                }
            }
        }
        catch (ArgumentException)
        {
            // Too little data to hold out a validation period: the documented default blend.
            trainer = DefaultBlend(families);
        }

        progress?.Report("Training the chosen model on all the data");
        var (main, components, weights) = FitMain(trainer, matrix, cancellationToken);
        progress?.Report("Training popularity, trending and bought together");
        var bundle = new RecommenderBundle
        {
            Items = matrix.Items,
            Main = main,
            Popular = (PopularityModel)new PopularityTrainer().Fit(matrix, cancellationToken),
            Trending = (PopularityModel)new PopularityTrainer(new PopularityOptions { Trending = true }).Fit(matrix, cancellationToken),
            Similar = components.Select(c => c.Model).OfType<NeighbourModel>().FirstOrDefault(m => m.Name == "item-knn")
                ?? (NeighbourModel)new ItemKnnTrainer().Fit(matrix, cancellationToken),
            Content = components.Select(c => c.Model).OfType<NeighbourModel>().FirstOrDefault(m => m.Name == "content")
                ?? (NeighbourModel)new ContentTrainer(data.Items).Fit(matrix, cancellationToken),
            BoughtTogether = baskets.Count > 0 ? new BoughtTogetherTrainer(baskets).FitRules(matrix, cancellationToken) : null,
            Options = options.Interactions,
            TrainedAt = DateTimeOffset.UtcNow,
        };
        var report = new TrainingReport(matrix.UserCount, matrix.ItemCount, matrix.UserItems.NonZeros, excluded.Count,
            components.Select((c, i) => (c.Name, Weight: weights[i])).ToDictionary(p => p.Name, p => p.Weight, StringComparer.Ordinal),
            validation, clock.Elapsed.TotalSeconds)
        {
            Ranker = main is RerankModel ? "rerank" : "blend",
        };
        return (bundle, report);
    }

    /// <summary>
    /// The main model on all the data, its components by name and their weights: the blend's weights,
    /// or 1 for each component of a re-ranker (its trees weigh them per candidate).
    /// </summary>
    internal static (IRecommender Main, List<(string Name, IRecommender Model)> Components, float[] Weights) FitMain(
        IRecommenderTrainer trainer, InteractionMatrix matrix, CancellationToken cancellationToken)
    {
        if (trainer is BlendTrainer blend)
        {
            var chosen = blend.Components.Select((c, i) => (Trainer: c, Weight: blend.Weights[i])).Where(c => c.Weight > 0).ToList();
            var fitted = chosen.Select(c => (c.Trainer.Name, Model: c.Trainer.Fit(matrix, cancellationToken))).ToList();
            var weights = chosen.Select(c => c.Weight).ToArray();
            return (new HybridModel(fitted.Select(c => c.Model).ToArray(), weights), fitted, weights);
        }

        var model = trainer.Fit(matrix, cancellationToken);
        var parts = model is RerankModel reranker ? reranker.Components : [model];
        return (model, parts.Select(p => (p.Name, p)).ToList(), [.. parts.Select(_ => 1f)]);
    }

    /// <summary>The algorithm families searched for the blend, each with its candidate settings.</summary>
    internal static IReadOnlyList<IReadOnlyList<IRecommenderTrainer>> Families(ShopData data, int items, RecommenderTrainingOptions options) =>
        [.. AlgorithmCatalog.Families(items, options.Seed), [new ContentTrainer(data.Items)]];

    /// <summary>
    /// Reads the shop, trains, and stores the bundle as a new model version with the report as its
    /// metrics: what `tailor train` and the server's background training both do.
    /// </summary>
    public static (int Version, TrainingReport Report) TrainAndStore(
        ITailorStore store, string shopId, RecommenderTrainingOptions options, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var data = store.ReadShopData(shopId, cancellationToken);
        var (bundle, report) = Train(data, options, progress, cancellationToken);
        var metrics = System.Text.Json.JsonSerializer.Serialize(
            new { report.Users, report.Items, report.Interactions, report.Weights, report.Ranker, report.Validation, report.Seconds });
        return (store.SaveModel(shopId, RecommenderBundle.ModelKind, metrics, bundle.ToBytes()), report);
    }

    private static BlendTrainer DefaultBlend(IReadOnlyList<IReadOnlyList<IRecommenderTrainer>> families)
    {
        var trainers = families.Select(f => f[0]).ToArray();
        return new BlendTrainer(trainers, trainers.Select(t => DefaultWeights.GetValueOrDefault(t.Name)).ToArray());
    }
}
