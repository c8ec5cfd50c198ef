namespace Tailor.Recommend.Evaluation;

/// <summary>The outcome of a search: the winner and every candidate's evaluation, in candidate order.</summary>
/// <param name="Best">The trainer with the best validation metric (the first of equals); refit it on all training data.</param>
/// <param name="BestEvaluation">Its evaluation.</param>
/// <param name="All">Every candidate's evaluation, in the order the candidates were given.</param>
/// <param name="Metric">The metric key compared.</param>
public sealed record HyperparameterSearchResult(
    IRecommenderTrainer Best,
    TrainerEvaluation BestEvaluation,
    IReadOnlyList<TrainerEvaluation> All,
    string Metric);
