using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Tailor.Customers;

/// <summary>
/// A trained FastTree ensemble as flat arrays, evaluated directly: bias + sum of tree weight x leaf
/// value, a node sending a row left when its feature is at or below the threshold (ML.NET's rule).
/// Scoring 100,000 customers through an ML.NET data view costs more than the trees themselves.
/// </summary>
internal sealed class ResponsePropensityTrees
{
    private readonly int[][] _left;
    private readonly int[][] _right;
    private readonly int[][] _feature;
    private readonly float[][] _threshold;
    private readonly double[][] _leaf;
    private readonly double[] _weight;
    private readonly double _bias;

    private ResponsePropensityTrees(int[][] left, int[][] right, int[][] feature, float[][] threshold, double[][] leaf, double[] weight, double bias)
    {
        _left = left;
        _right = right;
        _feature = feature;
        _threshold = threshold;
        _leaf = leaf;
        _weight = weight;
        _bias = bias;
    }

    /// <summary>The ensemble of a FastTree binary classifier as the trainer returns it.</summary>
    /// <exception cref="ArgumentException">The transformer is not a FastTree binary classifier, or a tree uses categorical splits.</exception>
    public static ResponsePropensityTrees From(ITransformer transformer)
    {
        var ensemble = transformer switch
        {
            BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> t => t.Model.SubModel.TrainedTreeEnsemble,
            BinaryPredictionTransformer<FastTreeBinaryModelParameters> t => t.Model.TrainedTreeEnsemble,
            _ => throw new ArgumentException($"Expected a FastTree binary classifier, not {transformer.GetType().Name}.", nameof(transformer)),
        };
        var trees = ensemble.Trees;
        if (trees.Any(t => t.CategoricalSplitFlags.Any(c => c)))
        {
            throw new ArgumentException("The trees use categorical splits, which the flat evaluator does not implement.", nameof(transformer));
        }

        return new ResponsePropensityTrees(
            trees.Select(t => t.LeftChild.ToArray()).ToArray(),
            trees.Select(t => t.RightChild.ToArray()).ToArray(),
            trees.Select(t => t.NumericalSplitFeatureIndexes.ToArray()).ToArray(),
            trees.Select(t => t.NumericalSplitThresholds.ToArray()).ToArray(),
            trees.Select(t => t.LeafValues.ToArray()).ToArray(),
            ensemble.TreeWeights.ToArray(),
            ensemble.Bias);
    }

    /// <summary>The raw score (log-odds before calibration) of one row.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        var score = _bias;
        for (var t = 0; t < _leaf.Length; t++)
        {
            var left = _left[t];
            var right = _right[t];
            var feature = _feature[t];
            var threshold = _threshold[t];
            var node = 0;

            // A tree of one leaf has no splits; its only leaf is ~0.
            if (feature.Length == 0)
            {
                score += _weight[t] * _leaf[t][0];
                continue;
            }

            while (node >= 0)
            {
                node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
            }

            score += _weight[t] * _leaf[t][~node];
        }

        return score;
    }
}
