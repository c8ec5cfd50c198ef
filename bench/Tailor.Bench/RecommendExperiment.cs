using System.Globalization;
using Tailor.Recommend;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Evaluation;

namespace Tailor.Bench;

/// <summary>Scratch comparisons on the Online Retail split, printed to the console (`bench/run experiment`).</summary>
internal static class RecommendExperiment
{
    public static void Run(string dataPath)
    {
        var split = OnlineRetailSplit.Split(dataPath);
        var matrix = split.BuildTrainMatrix(new InteractionOptions { Binary = true, HalfLifeDays = null });
        Console.WriteLine($"train users {matrix.UserCount}, items {matrix.ItemCount}, nnz {matrix.UserItems.NonZeros}; test users {split.Test.Count}, pairs {split.Test.PairCount}");
        foreach (var lambda in new[] { 100.0, 250, 500, 1000 })
        {
            var r = RecommenderEvaluator.EvaluateTrainer(new EaseTrainer(new EaseOptions { Lambda = lambda }), matrix, split.Test);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ease lambda={lambda}: {r.Metrics["ndcg@10"]:F4}"));
        }
    }
}
