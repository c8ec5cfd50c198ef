namespace Tailor.Recommend.Training;

/// <summary>How `tailor train` builds a shop's recommender.</summary>
public sealed record RecommenderTrainingOptions
{
    /// <summary>How events and orders become interaction strengths.</summary>
    public InteractionOptions Interactions { get; init; } = new();

    /// <summary>Random seed for the models that use one. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// Tune the blend of models on a validation split carved from the training data (the newest
    /// share of each customer's history). Default true; false uses fixed weights.
    /// </summary>
    public bool Tune { get; init; } = true;

    /// <summary>
    /// The learned re-ranker that tuning tries over the best models; it is kept only when validation
    /// prefers it to the blend. Default enabled, with <see cref="Reranking.RerankDefaults"/>.
    /// </summary>
    public Reranking.RerankOptions Rerank { get; init; } = new();
}
