using Microsoft.ML.Trainers.FastTree;

namespace Tailor.Customers;

/// <summary>ML.NET boosted-tree settings shared by the customer models that predict a yes/no outcome.</summary>
internal static class BinaryTreeOptions
{
    /// <summary>FastTree options on one thread: the same rows must give the same trees, run after run.</summary>
    public static FastTreeBinaryTrainer.Options Create(string label, string features, int trees, int leaves, int minimumPerLeaf, double learningRate) =>
        new()
        {
            LabelColumnName = label,
            FeatureColumnName = features,
            NumberOfTrees = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = minimumPerLeaf,
            LearningRate = learningRate,
            NumberOfThreads = 1,
        };
}
