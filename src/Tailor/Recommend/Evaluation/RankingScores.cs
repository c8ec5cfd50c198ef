namespace Tailor.Recommend.Evaluation;

/// <summary>The ranking metrics of one user's top-k list (binary relevance).</summary>
/// <param name="Precision">Hits / k.</param>
/// <param name="Recall">Hits / number of relevant items.</param>
/// <param name="Ndcg">DCG / ideal DCG, with a 1/log2(rank + 1) discount.</param>
/// <param name="AveragePrecision">Sum of precision@i over hit ranks i, / min(k, relevant).</param>
/// <param name="HitRate">1 when any of the top k is relevant, else 0.</param>
/// <param name="ReciprocalRank">1 / rank of the first hit within k, else 0.</param>
public readonly record struct RankingScores(
    double Precision,
    double Recall,
    double Ndcg,
    double AveragePrecision,
    double HitRate,
    double ReciprocalRank);
