using System.Diagnostics;
using Tailor.Data;
using Tailor.Recommend.Algorithms;

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
        ["item-knn"] = 1f,
        ["content"] = 0.2f,
        ["popularity"] = 0.1f,
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

        var components = new List<(string Name, IRecommender Model)>();
        foreach (var trainer in ComponentTrainers(data, options))
        {
            progress?.Report($"Training {trainer.Name}");
            components.Add((trainer.Name, trainer.Fit(matrix, cancellationToken)));
        }

        var weights = components.Select(c => DefaultWeights.GetValueOrDefault(c.Name)).ToArray();
        var main = new HybridModel(components.Select(c => c.Model).ToArray(), weights);
        progress?.Report("Training popularity, trending and bought together");
        var bundle = new RecommenderBundle
        {
            Items = matrix.Items,
            Main = main,
            Popular = (PopularityModel)new PopularityTrainer().Fit(matrix, cancellationToken),
            Trending = (PopularityModel)new PopularityTrainer(new PopularityOptions { Trending = true }).Fit(matrix, cancellationToken),
            Similar = components.Select(c => c.Model).OfType<NeighbourModel>().FirstOrDefault(m => m.Name == "item-knn"),
            Content = components.Select(c => c.Model).OfType<NeighbourModel>().FirstOrDefault(m => m.Name == "content"),
            BoughtTogether = baskets.Count > 0 ? new BoughtTogetherTrainer(baskets).FitRules(matrix, cancellationToken) : null,
            Options = options.Interactions,
            TrainedAt = DateTimeOffset.UtcNow,
        };
        var report = new TrainingReport(matrix.UserCount, matrix.ItemCount, matrix.UserItems.NonZeros, excluded.Count,
            components.Select((c, i) => (c.Name, Weight: weights[i])).ToDictionary(p => p.Name, p => p.Weight, StringComparer.Ordinal),
            new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal), clock.Elapsed.TotalSeconds);
        return (bundle, report);
    }

    /// <summary>The models blended for personal recommendations.</summary>
    internal static IEnumerable<IRecommenderTrainer> ComponentTrainers(ShopData data, RecommenderTrainingOptions options)
    {
        _ = options;
        yield return new ItemKnnTrainer();
        yield return new ContentTrainer(data.Items);
        yield return new PopularityTrainer();
    }
}
