using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.Trainers.FastTree;

namespace Tailor.Recommend.Reranking;

/// <summary>
/// A boosted regression-tree ensemble held in flat arrays and evaluated without ML.NET: serving scores
/// about a hundred candidates per request, and a prediction engine per call would cost more than the
/// trees. Node n of tree t sits at <c>NodeStarts[t] + n</c>; values at or below its threshold go to the
/// left child, others to the right, and a negative child <c>~k</c> is leaf k of the same tree.
/// </summary>
internal sealed class TreeEnsemble
{
    private const int LayoutVersion = 1;

    private readonly int[] _nodeStarts;
    private readonly int[] _leafStarts;
    private readonly int[] _features;
    private readonly float[] _thresholds;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly float[] _leaves;

    // The serving layout: each tree's splits together, 16 bytes a split, so a traversal step reads one
    // cache line rather than one from each split array.
    private readonly Node[] _walk;

    private TreeEnsemble(int featureCount, int[] nodeStarts, int[] leafStarts, int[] features, float[] thresholds, int[] left, int[] right, float[] leaves)
    {
        FeatureCount = featureCount;
        _nodeStarts = nodeStarts;
        _leafStarts = leafStarts;
        _features = features;
        _thresholds = thresholds;
        _left = left;
        _right = right;
        _leaves = leaves;
        Validate();
        _walk = WalkLayout();
    }

    /// <summary>Length of the feature vectors the trees read.</summary>
    public int FeatureCount { get; }

    public int TreeCount => _nodeStarts.Length;

    /// <summary>Copies a trained FastTree ensemble; tree weights and the bias are folded into the leaves.</summary>
    public static TreeEnsemble From(RegressionTreeEnsemble ensemble, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        var nodeStarts = new List<int>();
        var leafStarts = new List<int>();
        var features = new List<int>();
        var thresholds = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaves = new List<float>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                throw new NotSupportedException("The ranker's features are all numeric; a categorical split cannot be copied.");
            }

            nodeStarts.Add(features.Count);
            leafStarts.Add(leaves.Count);
            features.AddRange(tree.NumericalSplitFeatureIndexes);
            thresholds.AddRange(tree.NumericalSplitThresholds);
            left.AddRange(tree.LeftChild);
            right.AddRange(tree.RightChild);
            var weight = ensemble.TreeWeights[t];
            var bias = t == 0 ? ensemble.Bias : 0;
            leaves.AddRange(tree.LeafValues.Select(v => (float)((weight * v) + bias)));
        }

        return new TreeEnsemble(featureCount, [.. nodeStarts], [.. leafStarts], [.. features], [.. thresholds], [.. left], [.. right], [.. leaves]);
    }

    /// <summary>The sum of every tree's leaf for one feature vector.</summary>
    public float Evaluate(ReadOnlySpan<float> features)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"The ranker reads {FeatureCount} features, not {features.Length}.", nameof(features));
        }

        Span<float> score = stackalloc float[1];
        EvaluateMany(features, score);
        return score[0];
    }

    /// <summary>
    /// The sum of every tree's leaf for each of <c>scores.Length</c> feature rows laid end to end; the same
    /// as <see cref="Evaluate"/> per row, but tree by tree, so each tree's nodes stay in the first-level
    /// cache while every row walks it.
    /// </summary>
    public void EvaluateMany(ReadOnlySpan<float> rows, Span<float> scores)
    {
        var width = FeatureCount;
        if (rows.Length != scores.Length * width)
        {
            throw new ArgumentException($"{scores.Length} rows of {width} features need {scores.Length * width} values, not {rows.Length}.", nameof(rows));
        }

        scores.Clear();
        for (var t = 0; t < _nodeStarts.Length; t++)
        {
            var splits = SplitCount(t);
            var walk = _walk.AsSpan(_nodeStarts[t], splits);
            var leaves = _leaves.AsSpan(_leafStarts[t], splits + 1);
            ref var first = ref MemoryMarshal.GetReference(walk);
            for (var r = 0; r < scores.Length; r++)
            {
                // Validate proved every split's feature and children in range, so the walk reads
                // without bounds checks: they were a third of its instructions.
                ref readonly var row = ref MemoryMarshal.GetReference(rows.Slice(r * width, width));
                var node = 0;
                while (node < splits)
                {
                    ref readonly var split = ref Unsafe.Add(ref first, node);
                    node = Unsafe.Add(ref Unsafe.AsRef(in row), split.Feature) <= split.Threshold ? split.Left : split.Right;
                }

                scores[r] += leaves[node - splits];
            }
        }
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(LayoutVersion);
        writer.Write(FeatureCount);
        RecommenderSerializer.WriteArray(writer, _nodeStarts);
        RecommenderSerializer.WriteArray(writer, _leafStarts);
        RecommenderSerializer.WriteArray(writer, _features);
        RecommenderSerializer.WriteArray(writer, _thresholds);
        RecommenderSerializer.WriteArray(writer, _left);
        RecommenderSerializer.WriteArray(writer, _right);
        RecommenderSerializer.WriteArray(writer, _leaves);
    }

    public static TreeEnsemble Load(BinaryReader reader)
    {
        RecommenderSerializer.RequireLayout(reader, LayoutVersion, "Re-ranker tree");
        var featureCount = reader.ReadInt32();
        return new TreeEnsemble(
            featureCount,
            RecommenderSerializer.ReadInts(reader),
            RecommenderSerializer.ReadInts(reader),
            RecommenderSerializer.ReadInts(reader),
            RecommenderSerializer.ReadFloats(reader),
            RecommenderSerializer.ReadInts(reader),
            RecommenderSerializer.ReadInts(reader),
            RecommenderSerializer.ReadFloats(reader));
    }

    /// <summary>Refuses arrays that would send evaluation out of bounds (a damaged artefact).</summary>
    private void Validate()
    {
        var nodes = _features.Length;
        if (_leafStarts.Length != _nodeStarts.Length || _thresholds.Length != nodes || _left.Length != nodes || _right.Length != nodes
            || FeatureCount < 1)
        {
            throw new InvalidDataException("The re-ranker's trees are inconsistent.");
        }

        for (var t = 0; t < _nodeStarts.Length; t++)
        {
            var start = _nodeStarts[t];
            var end = t + 1 < _nodeStarts.Length ? _nodeStarts[t + 1] : nodes;
            var leafEnd = t + 1 < _leafStarts.Length ? _leafStarts[t + 1] : _leaves.Length;
            var leafCount = leafEnd - _leafStarts[t];
            if (start < 0 || end < start || end > nodes || leafCount != end - start + 1)
            {
                throw new InvalidDataException($"Re-ranker tree {t} is inconsistent.");
            }

            for (var at = start; at < end; at++)
            {
                var node = at - start;
                if ((uint)_features[at] >= (uint)FeatureCount
                    || !Child(_left[at], node, end - start, leafCount) || !Child(_right[at], node, end - start, leafCount))
                {
                    throw new InvalidDataException($"Re-ranker tree {t} points outside itself.");
                }
            }
        }
    }

    private int SplitCount(int tree) => (tree + 1 < _nodeStarts.Length ? _nodeStarts[tree + 1] : _features.Length) - _nodeStarts[tree];

    /// <summary>
    /// Builds the serving layout from the validated arrays: splits keep their places and leaf k of a tree
    /// with s splits becomes child <c>s + k</c>, so a walk ends when the node number reaches s.
    /// </summary>
    private Node[] WalkLayout()
    {
        var walk = new Node[_features.Length];
        for (var t = 0; t < _nodeStarts.Length; t++)
        {
            var start = _nodeStarts[t];
            var splits = SplitCount(t);
            int Target(int child) => child >= 0 ? child : splits + ~child;
            for (var node = 0; node < splits; node++)
            {
                walk[start + node] = new Node(_features[start + node], _thresholds[start + node], Target(_left[start + node]), Target(_right[start + node]));
            }
        }

        return walk;
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    /// <summary>A child node comes after its parent (as FastTree numbers them), so evaluation always reaches a leaf.</summary>
    private static bool Child(int child, int parent, int nodes, int leaves) => child >= 0 ? child > parent && child < nodes : ~child < leaves;
}
