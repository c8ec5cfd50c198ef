namespace Tailor.Recommend;

/// <summary>An algorithm with its options: fits a model to an interaction matrix.</summary>
public interface IRecommenderTrainer
{
    /// <summary>Algorithm name, such as "ease" or "item-knn".</summary>
    string Name { get; }

    /// <summary>The options as name/value pairs, for reports (`evaluate --json` prints them as "params").</summary>
    IReadOnlyDictionary<string, object> Parameters { get; }

    /// <summary>Fits a model. Throws <see cref="ArgumentException"/> for data the algorithm cannot use.</summary>
    IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default);
}
