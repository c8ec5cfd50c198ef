using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Tailor.Recommend;
using Tailor.Recommend.Reranking;

namespace Tailor.Tests.Recommend;

/// <summary>The re-ranker's own tree evaluation against hand-built trees and against ML.NET's scoring of the same trees.</summary>
public sealed class TreeEnsembleTests
{
    /// <summary>
    /// Layout 1 of <see cref="TreeEnsemble"/>: one tree over two features whose root splits feature
    /// <paramref name="feature"/> at 0.5 into leaf 0 (value 1) and an inner node on feature 1 at 2 into
    /// leaves 1 (value 10) and 2 (value 100).
    /// </summary>
    private static byte[] HandBuilt(int feature = 0, int rightChild = 1)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(1);
            writer.Write(2);
            RecommenderSerializer.WriteArray(writer, [0]);
            RecommenderSerializer.WriteArray(writer, [0]);
            RecommenderSerializer.WriteArray(writer, [feature, 1]);
            RecommenderSerializer.WriteArray(writer, [0.5f, 2f]);
            RecommenderSerializer.WriteArray(writer, [~0, ~1]);
            RecommenderSerializer.WriteArray(writer, [rightChild, ~2]);
            RecommenderSerializer.WriteArray(writer, [1f, 10f, 100f]);
        }

        return stream.ToArray();
    }

    private static TreeEnsemble Load(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return TreeEnsemble.Load(reader);
    }

    [Fact]
    public void A_hand_built_tree_sends_each_vector_to_its_leaf()
    {
        var trees = Load(HandBuilt());

        Assert.Equal(1f, trees.Evaluate([0.5f, 9f])); // at the threshold goes left
        Assert.Equal(10f, trees.Evaluate([0.6f, 2f]));
        Assert.Equal(100f, trees.Evaluate([0.6f, 2.1f]));
        Assert.Throws<ArgumentException>(() => trees.Evaluate([0.6f]));
    }

    [Fact]
    public void Damaged_trees_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => Load(HandBuilt(feature: 5))); // a feature the vectors do not have
        Assert.Throws<InvalidDataException>(() => Load(HandBuilt(rightChild: 0))); // a cycle back to the root
        Assert.Throws<InvalidDataException>(() => Load(HandBuilt(rightChild: 7))); // a node that does not exist
    }

    [Fact]
    public void Copied_trees_score_every_row_as_MLNET_does()
    {
        // Relevance depends on both features and their interaction, so the trees have real splits.
        var rng = new Random(5);
        var rows = new List<RankingRow>();
        for (var query = 1; query <= 60; query++)
        {
            for (var i = 0; i < 20; i++)
            {
                var x = (float)rng.NextDouble();
                var y = (float)rng.NextDouble();
                var z = (float)rng.NextDouble();
                rows.Add(new RankingRow { Label = (x * y) + (0.3 * z) > 0.45 ? 1 : 0, Query = (uint)query, Features = [x, y, z] });
            }
        }

        var context = new MLContext(1);
        var schema = SchemaDefinition.Create(typeof(RankingRow));
        schema[nameof(RankingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 3);
        schema[nameof(RankingRow.Query)].ColumnType = new KeyDataViewType(typeof(uint), 61);
        var data = context.Data.LoadFromEnumerable(rows, schema);
        var model = context.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
        {
            LabelColumnName = nameof(RankingRow.Label),
            FeatureColumnName = nameof(RankingRow.Features),
            RowGroupColumnName = nameof(RankingRow.Query),
            NumberOfTrees = 20,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 5,
            NumberOfThreads = 1,
        }).Fit(data);
        var expected = model.Transform(data).GetColumn<float>("Score").ToArray();

        var trees = TreeEnsemble.From(model.Model.TrainedTreeEnsemble, 3);

        Assert.Equal(20, trees.TreeCount);
        Assert.True(expected.Distinct().Count() > 10, "the trees should tell rows apart");
        var batch = new float[rows.Count];
        trees.EvaluateMany(rows.SelectMany(r => r.Features).ToArray(), batch);
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(expected[r], trees.Evaluate(rows[r].Features), 1e-4f);
            Assert.Equal(expected[r], batch[r], 1e-4f);
        }

        Assert.Throws<ArgumentException>(() => trees.EvaluateMany(new float[7], new float[2]));
    }

    private sealed class RankingRow
    {
        public float Label { get; set; }

        public uint Query { get; set; }

        public float[] Features { get; set; } = [];
    }
}
