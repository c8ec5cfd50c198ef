using Tailor.Recommend;
using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

public class AlsTests
{
    private const int Users = 150;
    private const int Items = 60;
    private const int Groups = 3;

    private static readonly AlsOptions _small = new() { Factors = 8, Iterations = 15, Regularization = 0.1, Alpha = 2 };

    [Fact]
    public void Held_out_items_of_a_users_group_outrank_every_item_of_other_groups()
    {
        // The matrix has rank 3 (one block per group); with more factors than that ALS also fits the
        // random choices within each block, and that noise reaches other blocks' items.
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 1, out var heldOut);
        var model = Fit(data, _small with { Factors = Groups });
        var scores = new float[Items];
        for (var u = 0; u < Users; u++)
        {
            var (items, weights) = TestMatrices.History(data, u);
            model.Score(items, weights, scores);
            var group = u % Groups;
            var bestOther = Enumerable.Range(0, Items).Where(i => TestMatrices.BlockOf(i, Items, Groups) != group).Max(i => scores[i]);
            Assert.True(scores[heldOut[u]] > bestOther, $"user {u}: held-out {scores[heldOut[u]]} vs other group {bestOther}");
        }
    }

    [Fact]
    public void Folding_in_a_training_user_gives_back_their_trained_factors()
    {
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 2, out _);

        // Near convergence every trained user vector is the exact solve fold-in makes.
        var trainer = new ImplicitAlsTrainer(_small with { Iterations = 40, CgSteps = 8 });
        var fit = trainer.FitFactors(data, afterIteration: null, CancellationToken.None);
        var k = _small.Factors;
        var folded = new float[k];
        for (var u = 0; u < Users; u++)
        {
            var (items, weights) = TestMatrices.History(data, u);
            fit.Model.FoldIn(items, weights, folded);
            var trained = fit.UserFactors.AsSpan(u * k, k);
            double dot = 0, a = 0, b = 0;
            for (var f = 0; f < k; f++)
            {
                dot += folded[f] * trained[f];
                a += folded[f] * folded[f];
                b += trained[f] * trained[f];
            }

            Assert.True(dot / Math.Sqrt(a * b) > 0.999, $"user {u}: cosine {dot / Math.Sqrt(a * b)}");
            Assert.Equal(1, Math.Sqrt(a / b), 0.01);
        }
    }

    [Fact]
    public void The_objective_decreases_every_iteration()
    {
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 3, out _);
        var options = _small with { Iterations = 10 };
        var objectives = new List<double>();
        new ImplicitAlsTrainer(options).FitFactors(
            data,
            (_, users, items) => objectives.Add(Objective(data, users, items, options)),
            CancellationToken.None);

        Assert.Equal(10, objectives.Count);
        for (var i = 1; i < objectives.Count; i++)
        {
            Assert.True(objectives[i] <= objectives[i - 1] * (1 + 1e-6), $"iteration {i}: {objectives[i]} after {objectives[i - 1]}");
        }

        // The start is near zero factors, whose loss is the sum of all confidences.
        Assert.True(objectives[^1] < 0.5 * objectives[0], $"{objectives[0]} -> {objectives[^1]}");
    }

    [Fact]
    public void Enough_conjugate_gradient_steps_reach_the_exact_fold_in_solution()
    {
        const int k = 6;
        const double regularization = 0.3, alpha = 1.5;
        var random = new Random(5);
        var factors = Enumerable.Range(0, 30 * k).Select(_ => random.NextSingle() - 0.5f).ToArray();
        var model = new AlsModel(30, k, factors, regularization, alpha);
        int[] items = [1, 4, 9, 22];
        float[] weights = [1, 2, 5, 0.5f];
        var exact = new float[k];
        model.FoldIn(items, weights, exact);

        var gram = ImplicitAlsTrainer.Gram(factors, k, (float)regularization, new ParallelOptions());
        var x = new float[k];
        ImplicitAlsTrainer.ConjugateGradient(items, weights, x, factors, gram, (float)alpha, cgSteps: 2 * k, new float[3 * k]);
        for (var f = 0; f < k; f++)
        {
            Assert.Equal(exact[f], x[f], 1e-4f);
        }

        // One step from zero is not there yet: the comparison above can fail.
        var rough = new float[k];
        ImplicitAlsTrainer.ConjugateGradient(items, weights, rough, factors, gram, (float)alpha, cgSteps: 1, new float[3 * k]);
        Assert.Contains(Enumerable.Range(0, k), f => Math.Abs(rough[f] - exact[f]) > 1e-3);
    }

    [Fact]
    public void The_strongest_reason_is_the_history_item_from_the_candidates_group()
    {
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 4, out _);
        var model = Fit(data, _small);

        // Item 0 is in group 0, item 25 in group 1 (blocks of 20).
        int[] history = [0, 25];
        float[] weights = [1f, 1f];
        Assert.Equal(0, model.StrongestReason(history, weights, candidate: 5));
        Assert.Equal(1, model.StrongestReason(history, weights, candidate: 30));
        Assert.Equal(-1, model.StrongestReason([], [], candidate: 5));
    }

    [Fact]
    public void A_scoring_session_gives_the_exact_fold_in_scores_and_explanations()
    {
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 6, out _);
        var model = Fit(data, _small);
        var k = model.Factors;
        var y = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(Items, k, (i, f) => model.ItemFactors(i)[f]);
        for (var user = 0; user < 20; user++)
        {
            var items = data.UserItems.RowColumns(user).ToArray();
            var weights = data.UserItems.RowValues(user).ToArray();
            // The fold-in system written out densely: A = Y^T Y + reg I + sum (c - 1) y y^T, b = sum c y.
            var a = (y.TransposeThisAndMultiply(y)) + (MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(k) * model.Regularization);
            var b = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(k);
            for (var h = 0; h < items.Length; h++)
            {
                var row = y.Row(items[h]);
                var confidence = 1 + (model.Alpha * weights[h]);
                a += row.OuterProduct(row) * (confidence - 1);
                b += row * confidence;
            }

            var expectedScores = y * a.Solve(b);
            int[] candidates = [.. Enumerable.Range(0, Items).Where(i => user % 7 == i % 7)];
            var expectedReasons = candidates.Select(c =>
            {
                var z = a.Solve(y.Row(c));
                var shares = items.Select((item, h) => (1 + (model.Alpha * weights[h])) * y.Row(item).DotProduct(z)).ToArray();
                return shares.Max() > 0 ? Array.IndexOf(shares, shares.Max()) : -1;
            }).ToArray();

            using var session = model.Begin(UserHistory.FromSpans(items, weights));
            var scores = new float[Items];
            session.Score(scores);
            var reasons = new int[candidates.Length];
            session.StrongestReasons(candidates, reasons);

            for (var i = 0; i < Items; i++)
            {
                Assert.Equal(expectedScores[i], scores[i], 3e-4);
            }

            Assert.Equal(expectedReasons, reasons);
        }
    }

    [Fact]
    public void An_empty_history_scores_every_item_zero()
    {
        var model = Fit(TestMatrices.Blocks(30, 12, 3, 2, seed: 1, out _), _small);
        var scores = Enumerable.Repeat(1f, 12).ToArray();
        model.Score([], [], scores);
        Assert.All(scores, s => Assert.Equal(0f, s));
        model.Score([3], [0f], scores);
        Assert.All(scores, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void The_same_seed_gives_identical_scores_and_another_seed_does_not()
    {
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 6, out _);
        var (items, weights) = TestMatrices.History(data, 7);
        var first = Scores(Fit(data, _small), items, weights);
        var again = Scores(Fit(data, _small), items, weights);
        var other = Scores(Fit(data, _small with { Seed = 43 }), items, weights);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Training_does_not_depend_on_the_number_of_threads()
    {
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 7, out _);
        var one = Fit(data, _small with { MaxDegreeOfParallelism = 1 });
        var all = Fit(data, _small with { MaxDegreeOfParallelism = -1 });
        Assert.Equal(RecommenderSerializer.ToBytes(one), RecommenderSerializer.ToBytes(all));
    }

    [Fact]
    public void Save_and_load_give_identical_scores()
    {
        var data = TestMatrices.Blocks(Users, Items, Groups, perUser: 8, seed: 8, out _);
        var model = Fit(data, _small);
        var loaded = Assert.IsType<AlsModel>(RecommenderSerializer.FromBytes(RecommenderSerializer.ToBytes(model)));
        Assert.Equal("als", loaded.Name);
        Assert.Equal(Items, loaded.ItemCount);
        Assert.Equal(_small.Factors, loaded.Factors);
        Assert.Equal(_small.Alpha, loaded.Alpha);
        Assert.Equal(_small.Regularization, loaded.Regularization);
        var (items, weights) = TestMatrices.History(data, 3);
        Assert.Equal(Scores(model, items, weights), Scores(loaded, items, weights));
        Assert.Equal(model.StrongestReason(items, weights, 10), loaded.StrongestReason(items, weights, 10));
    }

    [Fact]
    public void An_empty_matrix_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ImplicitAlsTrainer().Fit(TestMatrices.Empty(3, 4)));
        Assert.Contains("at least one interaction", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ImplicitAlsTrainer().Fit(TestMatrices.Empty(0, 0)));
    }

    public static TheoryData<string, AlsOptions> Nonsense => new()
    {
        { "Factors", new AlsOptions { Factors = 0 } },
        { "Factors", new AlsOptions { Factors = 5000 } },
        { "Iterations", new AlsOptions { Iterations = 0 } },
        { "Regularization", new AlsOptions { Regularization = 0 } },
        { "Regularization", new AlsOptions { Regularization = double.NaN } },
        { "Alpha", new AlsOptions { Alpha = -1 } },
        { "Alpha", new AlsOptions { Alpha = double.PositiveInfinity } },
        { "CgSteps", new AlsOptions { CgSteps = 0 } },
        { "MaxDegreeOfParallelism", new AlsOptions { MaxDegreeOfParallelism = 0 } },
    };

    [Theory]
    [MemberData(nameof(Nonsense))]
    public void Nonsense_options_are_rejected_naming_the_option(string option, AlsOptions options)
    {
        var error = Assert.Throws<ArgumentException>(() => new ImplicitAlsTrainer(options));
        Assert.Equal(option, error.ParamName);
        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_score_arguments_are_rejected()
    {
        var model = Fit(TestMatrices.Blocks(30, 12, 3, 2, seed: 1, out _), _small);
        Assert.Throws<ArgumentException>(() => model.Score([1, 2], [1f], new float[12]));
        Assert.Throws<ArgumentException>(() => model.Score([1], [1f], new float[11]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Score([12], [1f], new float[12]));
        Assert.Throws<ArgumentException>(() => model.FoldIn([1], [1f], new float[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.StrongestReason([1], [1f], 12));
    }

    [Fact]
    public void Defaults_match_the_documented_values()
    {
        var options = new AlsOptions();
        Assert.Equal(64, options.Factors);
        Assert.Equal(15, options.Iterations);
        Assert.Equal(0.1, options.Regularization);
        Assert.Equal(0.1, options.Alpha);
        Assert.Equal(3, options.CgSteps);
        Assert.Equal(42, options.Seed);
        Assert.Equal(-1, options.MaxDegreeOfParallelism);
        options.Validate();
    }

    [Fact]
    public void Parameters_report_the_options()
    {
        var trainer = new ImplicitAlsTrainer(new AlsOptions { Factors = 32, Alpha = 5 });
        Assert.Equal("als", trainer.Name);
        Assert.Equal(32, trainer.Parameters["factors"]);
        Assert.Equal(5.0, trainer.Parameters["alpha"]);
        Assert.Equal(AlsDefaults.Iterations, trainer.Parameters["iterations"]);
        Assert.Equal(AlsDefaults.CgSteps, trainer.Parameters["cgSteps"]);
        Assert.Equal(AlsDefaults.Seed, trainer.Parameters["seed"]);
        Assert.Equal(AlsDefaults.Regularization, trainer.Parameters["regularization"]);
    }

    [Fact]
    public void A_cancelled_training_throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var data = TestMatrices.Blocks(30, 12, 3, 2, seed: 1, out _);
        Assert.ThrowsAny<OperationCanceledException>(() => new ImplicitAlsTrainer().Fit(data, cancellation.Token));
    }

    private static AlsModel Fit(InteractionMatrix data, AlsOptions options) =>
        Assert.IsType<AlsModel>(new ImplicitAlsTrainer(options).Fit(data));

    private static float[] Scores(AlsModel model, int[] items, float[] weights)
    {
        var scores = new float[model.ItemCount];
        model.Score(items, weights, scores);
        return scores;
    }

    /// <summary>
    /// The Hu-Koren-Volinsky loss, cell by cell: sum of c (p - x.y)^2 over all cells (c = 1 + alpha r
    /// and p = 1 where observed, c = 1 and p = 0 elsewhere) plus reg times the squared norms.
    /// </summary>
    private static double Objective(InteractionMatrix data, float[] users, float[] items, AlsOptions options)
    {
        var k = options.Factors;
        var strength = new double[data.UserCount, data.ItemCount];
        for (var u = 0; u < data.UserCount; u++)
        {
            var columns = data.UserItems.RowColumns(u);
            var values = data.UserItems.RowValues(u);
            for (var t = 0; t < columns.Length; t++)
            {
                strength[u, columns[t]] = values[t];
            }
        }

        double loss = 0;
        for (var u = 0; u < data.UserCount; u++)
        {
            for (var i = 0; i < data.ItemCount; i++)
            {
                double prediction = 0;
                for (var f = 0; f < k; f++)
                {
                    prediction += (double)users[(u * k) + f] * items[(i * k) + f];
                }

                var observed = strength[u, i] > 0;
                var confidence = observed ? 1 + (options.Alpha * strength[u, i]) : 1;
                var error = (observed ? 1 : 0) - prediction;
                loss += confidence * error * error;
            }
        }

        double norms = 0;
        foreach (var v in users)
        {
            norms += (double)v * v;
        }

        foreach (var v in items)
        {
            norms += (double)v * v;
        }

        return loss + (options.Regularization * norms);
    }
}
