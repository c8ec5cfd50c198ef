using Tailor.Recommend;
using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

public class EaseTests
{
    private static readonly EaseOptions _managedOnly = new() { ManagedInverseOnly = true };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Two_items_give_the_hand_computed_ridge_weights(bool managed)
    {
        // Users {0, 1} and {0}; lambda 1. G + I = [[3, 1], [1, 2]], so P = [[2, -1], [-1, 3]] / 5 and
        // B[0,1] = -P[0,1] / P[1,1] = 1/3, B[1,0] = -P[1,0] / P[0,0] = 1/2. Check: with two items EASE is a
        // ridge regression of column j on column i, B[i,j] = x_i.x_j / (x_i.x_i + lambda): 1/(2+1) and 1/(1+1).
        var data = TestMatrices.FromDense(new float[,] { { 1, 1 }, { 1, 0 } });
        var model = Fit(data, new EaseOptions { Lambda = 1, ManagedInverseOnly = managed });

        Assert.Equal(1.0 / 3, model.Weight(0, 1), 6);
        Assert.Equal(1.0 / 2, model.Weight(1, 0), 6);
        Assert.Equal(0f, model.Weight(0, 0));
        Assert.Equal(0f, model.Weight(1, 1));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Weights_match_the_textbook_formula_with_a_naive_inverse(bool managed, bool binarize)
    {
        var data = TestMatrices.FromDense(new float[,]
        {
            { 1, 2, 0, 0 },
            { 0, 1, 3, 0 },
            { 1, 0, 1, 1 },
            { 2, 1, 0, 1 },
            { 0, 0, 1, 4 },
        });
        var model = Fit(data, new EaseOptions { Lambda = 0.7, Binarize = binarize, ManagedInverseOnly = managed });
        AssertWeights(TestMatrices.NaiveEase(data, 0.7, binarize), model, 1e-5);
    }

    [Fact]
    public void The_managed_inverse_matches_the_naive_one_across_panels_and_ragged_tiles()
    {
        // 300 items: three Cholesky panels, the last one partial, and tiles that do not divide 300.
        var data = TestMatrices.Random(400, 300, 0.05, seed: 7);
        var model = Fit(data, _managedOnly with { Lambda = 3 });
        AssertWeights(TestMatrices.NaiveEase(data, 3, binarize: true), model, 1e-4);
    }

    [LapackFact]
    public void Lapack_and_managed_inverses_agree()
    {
        Assert.True(new EaseTrainer().UsesNativeLapack);
        Assert.False(new EaseTrainer(_managedOnly).UsesNativeLapack);
        var data = TestMatrices.Random(500, 333, 0.04, seed: 11);
        var native = Fit(data, new EaseOptions { Lambda = 5 });
        var managed = Fit(data, _managedOnly with { Lambda = 5 });
        for (var i = 0; i < data.ItemCount; i++)
        {
            for (var j = 0; j < data.ItemCount; j++)
            {
                Assert.Equal(native.Weight(i, j), managed.Weight(i, j), 1e-5f);
            }
        }
    }

    [Fact]
    public void The_sparse_gram_matrix_equals_the_dense_product()
    {
        var data = TestMatrices.Random(60, 40, 0.2, seed: 3);
        var parallel = new ParallelOptions();
        var weighted = EaseTrainer.Gram(data, binarize: false, lambda: 2, parallel);
        var binary = EaseTrainer.Gram(data, binarize: true, lambda: 2, parallel);
        var dense = new float[60, 40];
        for (var u = 0; u < 60; u++)
        {
            var items = data.UserItems.RowColumns(u);
            var values = data.UserItems.RowValues(u);
            for (var t = 0; t < items.Length; t++)
            {
                dense[u, items[t]] = values[t];
            }
        }

        for (var i = 0; i < 40; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                double sum = 0, count = 0;
                for (var u = 0; u < 60; u++)
                {
                    sum += dense[u, i] * dense[u, j];
                    count += dense[u, i] > 0 && dense[u, j] > 0 ? 1 : 0;
                }

                var ridge = i == j ? 2 : 0;
                Assert.Equal(sum + ridge, weighted[(i * 40) + j], 9);
                Assert.Equal(count + ridge, binary[(i * 40) + j], 9);
            }
        }
    }

    [Fact]
    public void Scores_are_the_history_times_B()
    {
        var data = TestMatrices.Random(80, 30, 0.15, seed: 5);
        int[] items = [3, 17, 8];
        float[] weights = [2f, 0.5f, -1f];
        foreach (var (binarize, weightedHistory) in new[] { (true, false), (false, false), (true, true) })
        {
            var model = Fit(data, _managedOnly with { Lambda = 4, Binarize = binarize, WeightedHistory = weightedHistory });
            var scores = new float[30];
            model.Score(items, weights, scores);
            for (var j = 0; j < 30; j++)
            {
                // The negative weight is ignored; binarised models without weighted histories count strengths as 1.
                var expected = binarize && !weightedHistory
                    ? model.Weight(3, j) + model.Weight(17, j)
                    : (2 * model.Weight(3, j)) + (0.5f * model.Weight(17, j));
                Assert.Equal(expected, scores[j], 5);
            }
        }
    }

    [Fact]
    public void Items_bought_together_score_each_other_and_explain_each_other()
    {
        // Items 0 and 1 always go together, 2 and 3 too.
        var data = TestMatrices.FromDense(new float[,]
        {
            { 1, 1, 0, 0 }, { 1, 1, 0, 0 }, { 1, 1, 0, 0 }, { 0, 0, 1, 1 }, { 0, 0, 1, 1 }, { 1, 0, 0, 1 },
        });
        var model = Fit(data, _managedOnly with { Lambda = 0.5 });
        var scores = new float[4];
        model.Score([0, 2], [1f, 1f], scores);
        Assert.True(scores[1] > 0.5f, $"score of 1 was {scores[1]}");
        Assert.True(scores[3] > 0.5f, $"score of 3 was {scores[3]}");
        Assert.Equal(0, model.StrongestReason([0, 2], [1f, 1f], candidate: 1));
        Assert.Equal(1, model.StrongestReason([0, 2], [1f, 1f], candidate: 3));
        Assert.Equal(-1, model.StrongestReason([0, 2], [0f, -2f], candidate: 3));
        Assert.Equal(-1, model.StrongestReason([], [], candidate: 3));
    }

    [Fact]
    public void An_empty_history_scores_every_item_zero()
    {
        var model = Fit(TestMatrices.Random(20, 10, 0.3, seed: 1), _managedOnly);
        var scores = Enumerable.Repeat(9f, 10).ToArray();
        model.Score([], [], scores);
        Assert.All(scores, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Training_is_deterministic_and_independent_of_threads()
    {
        var data = TestMatrices.Random(300, 200, 0.05, seed: 9);
        var one = Fit(data, _managedOnly with { MaxDegreeOfParallelism = 1 });
        var all = Fit(data, _managedOnly);
        Assert.Equal(RecommenderSerializer.ToBytes(one), RecommenderSerializer.ToBytes(all));
    }

    [Fact]
    public void Save_and_load_give_identical_scores()
    {
        var data = TestMatrices.Random(50, 25, 0.2, seed: 4);
        var model = Fit(data, _managedOnly with { Binarize = false, Lambda = 10 });
        var loaded = Assert.IsType<EaseModel>(RecommenderSerializer.FromBytes(RecommenderSerializer.ToBytes(model)));
        Assert.Equal("ease", loaded.Name);
        Assert.False(loaded.Binarize);
        Assert.Equal(25, loaded.ItemCount);
        var (items, weights) = TestMatrices.History(data, 0);
        float[] before = new float[25], after = new float[25];
        model.Score(items, weights, before);
        loaded.Score(items, weights, after);
        Assert.Equal(before, after);
        Assert.Equal(model.StrongestReason(items, weights, 7), loaded.StrongestReason(items, weights, 7));
    }

    [Fact]
    public void An_empty_matrix_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new EaseTrainer().Fit(TestMatrices.Empty(3, 4)));
        Assert.Contains("at least one interaction", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new EaseTrainer().Fit(TestMatrices.Empty(0, 0)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_lambda_that_is_not_positive_is_rejected(double lambda)
    {
        var error = Assert.Throws<ArgumentException>(() => new EaseTrainer(new EaseOptions { Lambda = lambda }));
        Assert.Equal("Lambda", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50_000)]
    public void A_max_items_out_of_range_is_rejected(int maxItems)
    {
        var error = Assert.Throws<ArgumentException>(() => new EaseTrainer(new EaseOptions { MaxItems = maxItems }));
        Assert.Equal("MaxItems", error.ParamName);
    }

    [Fact]
    public void A_catalogue_above_max_items_is_rejected_with_the_memory_it_would_need()
    {
        var data = TestMatrices.Random(20, 12, 0.3, seed: 2);
        var error = Assert.Throws<ArgumentException>(() => new EaseTrainer(new EaseOptions { MaxItems = 10 }).Fit(data));
        Assert.Contains("dense items x items matrix", error.Message, StringComparison.Ordinal);
        Assert.Contains("N*N*4", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxItems = 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_score_arguments_are_rejected()
    {
        var model = Fit(TestMatrices.Random(20, 10, 0.3, seed: 1), _managedOnly);
        Assert.Throws<ArgumentException>(() => model.Score([1, 2], [1f], new float[10]));
        Assert.Throws<ArgumentException>(() => model.Score([1], [1f], new float[9]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Score([10], [1f], new float[10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.StrongestReason([1], [1f], -1));
    }

    [Fact]
    public void Defaults_match_the_documented_values()
    {
        var options = new EaseOptions();
        Assert.Equal(500, options.Lambda);
        Assert.True(options.Binarize);
        Assert.Equal(20_000, options.MaxItems);
        Assert.Equal(-1, options.MaxDegreeOfParallelism);
        Assert.False(options.ManagedInverseOnly);
        options.Validate();
    }

    [Fact]
    public void Parameters_report_the_options()
    {
        var trainer = new EaseTrainer(new EaseOptions { Lambda = 250, Binarize = false });
        Assert.Equal("ease", trainer.Name);
        Assert.Equal(250.0, trainer.Parameters["lambda"]);
        Assert.Equal(false, trainer.Parameters["binarize"]);
        Assert.Equal(EaseDefaults.MaxItems, trainer.Parameters["maxItems"]);
    }

    [Fact]
    public void A_cancelled_training_throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new EaseTrainer().Fit(TestMatrices.Random(20, 10, 0.3, seed: 1), cancellation.Token));
    }

    private static EaseModel Fit(InteractionMatrix data, EaseOptions options) =>
        Assert.IsType<EaseModel>(new EaseTrainer(options).Fit(data));

    private static void AssertWeights(double[,] expected, EaseModel model, double tolerance)
    {
        var n = expected.GetLength(0);
        Assert.Equal(n, model.ItemCount);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var actual = model.Weight(i, j);
                Assert.True(
                    Math.Abs(actual - expected[i, j]) <= tolerance * (1 + Math.Abs(expected[i, j])),
                    $"B[{i},{j}] = {actual}, expected {expected[i, j]}");
            }
        }
    }
}
