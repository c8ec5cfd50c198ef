using System.Globalization;
using Tailor.Recommend;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Evaluation;

namespace Tailor.Bench;

/// <summary>Scratch comparison of algorithms on the Online Retail split, printed to the console.</summary>
internal static class RecommendExperiment
{
    public static void Run(string dataPath)
    {
        var split = OnlineRetailSplit.Split(dataPath);
        foreach (var halfLife in new double?[] { null, 30, 90, 180, 365 })
        {
            var decayed = split.BuildTrainMatrix(new InteractionOptions { HalfLifeDays = halfLife, LogQuantity = false });
            var r = RecommenderEvaluator.EvaluateTrainer(new ItemKnnTrainer(new ItemKnnOptions { Shrinkage = 10 }), decayed, split.Test);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"weighted, half-life {halfLife}: knn ndcg@10 {r.Metrics["ndcg@10"]:F4}"));
        }

        var matrix = split.BuildTrainMatrix(new InteractionOptions { Binary = true });
        Console.WriteLine($"train users {matrix.UserCount}, items {matrix.ItemCount}, nnz {matrix.UserItems.NonZeros}; test users {split.Test.Count}, pairs {split.Test.PairCount}");
        var trainers = new List<IRecommenderTrainer> { new PopularityTrainer() };
        foreach (var weighting in new[] { NeighbourWeighting.None, NeighbourWeighting.TfIdf, NeighbourWeighting.Bm25 })
        {
            foreach (var shrink in new[] { 0f, 10f })
            {
                foreach (var k in new[] { 100, 300 })
                {
                    trainers.Add(new ItemKnnTrainer(new ItemKnnOptions { Weighting = weighting, Shrinkage = shrink, Neighbours = k }));
                }
            }
        }

        foreach (var result in RecommenderEvaluator.EvaluateTrainers(trainers, matrix, split.Test))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Name,-16} {string.Join(",", result.Parameters.Select(p => $"{p.Key}={p.Value}")),-50} ndcg@10 {result.Metrics["ndcg@10"]:F4} recall@10 {result.Metrics["recall@10"]:F4} fit {result.FitSeconds:F2}s"));
        }
    }
}
