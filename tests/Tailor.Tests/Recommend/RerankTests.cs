using Tailor.Recommend;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Evaluation;
using Tailor.Recommend.Reranking;
using Tailor.Recommend.Training;
using Tailor.Simulation;

namespace Tailor.Tests.Recommend;

/// <summary>
/// The learned re-ranker on a simulated shop: where its candidates come from, how they are scored and
/// explained, that it saves and learns deterministically, and that automatic selection with it does
/// no worse on held-out purchases than the blend alone.
/// </summary>
public sealed class RerankTests
{
    private static readonly SimulatedShop Shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 800, Items = 150, Days = 365, Seed = 7 });

    private static readonly InteractionOptions Binary = new() { Binary = true };

    private static readonly DataSplit Split = Splits.TemporalFraction(InteractionSource.FromOrders(Shop.Orders, new InteractionOptions()).ToList(), 0.25);

    private static readonly InteractionMatrix Matrix = Split.BuildTrainMatrix(Binary, catalogue: Shop.Items.Select(i => i.ExternalId));

    private static readonly RerankOptions Small = new() { CandidatesPerModel = 20, TrendingCandidates = 5, Trees = 50, MinRowsPerLeaf = 20, MinQueries = 20 };

    private static readonly Lazy<RerankTrainer> Learnt = new(() => Learn(Small));

    private static IRecommenderTrainer[] Components() =>
        [AlgorithmCatalog.Create("ease", 150), AlgorithmCatalog.Create("item-knn", 150), new ContentTrainer(Shop.Items)];

    /// <summary>Trees learnt on the newest quarter of the training part, as automatic selection does.</summary>
    private static RerankTrainer Learn(RerankOptions options)
    {
        var validation = Splits.TemporalFraction(Split.Train, 0.25);
        return RerankLearner.Learn(Components(), validation.BuildTrainMatrix(Binary, catalogue: Shop.Items.Select(i => i.ExternalId)), validation.Test,
            Shop.Items, options with { ScoreOnly = ["content"] });
    }

    private static RerankModel Model() => (RerankModel)Learnt.Value.Fit(Matrix);

    private static UserHistory History(int user) => UserHistory.FromRow(Matrix.UserItems, user);

    [Fact]
    public void Candidates_come_from_the_proposing_models_and_trending_never_from_the_history()
    {
        var model = Model();

        for (var user = 0; user < 50; user++)
        {
            var history = History(user);
            using var session = model.BeginSession(history);
            var candidates = session.Candidates;
            var ease = new float[model.ItemCount];
            model.Components[0].Score(history.Items, history.Weights, ease);

            Assert.Empty(candidates.Intersect(history.Items));
            Assert.Equal(candidates.Count, candidates.Distinct().Count());
            // EASE's 20 best items outside the history are all candidates; content proposes none of its own.
            var easeBest = Enumerable.Range(0, model.ItemCount).Where(i => !history.Items.Contains(i) && ease[i] > 0)
                .OrderByDescending(i => ease[i]).ThenBy(i => i).Take(20);
            Assert.Subset(candidates.ToHashSet(), easeBest.ToHashSet());
            Assert.DoesNotContain(candidates, c => session.ProposerOf(c) == 2);
            Assert.True(candidates.Count <= 45, $"{candidates.Count} candidates from two models of 20 and 5 trending");
        }
    }

    [Fact]
    public void Candidates_outrank_every_other_item_and_scores_stay_positive_for_the_rules()
    {
        var model = Model();
        var scores = new float[model.ItemCount];

        for (var user = 0; user < 50; user++)
        {
            var history = History(user);
            using var session = model.BeginSession(history);
            session.Score(scores);
            var candidates = session.Candidates.ToHashSet();

            var lowestCandidate = candidates.Min(c => scores[c]);
            var highestOther = Enumerable.Range(0, model.ItemCount).Where(i => !candidates.Contains(i)).Max(i => scores[i]);
            Assert.True(lowestCandidate >= 1 && highestOther <= 0.5f, $"candidates from {lowestCandidate}, others up to {highestOther}");
            Assert.Equal(2f, candidates.Max(c => scores[c]));
            Assert.All(scores, s => Assert.True(s >= 0));
        }
    }

    [Fact]
    public void Each_candidate_keeps_the_reason_of_the_model_that_proposed_it()
    {
        var model = Model();
        var explained = 0;

        for (var user = 0; user < 50; user++)
        {
            var history = History(user);
            using var session = model.BeginSession(history);
            var candidates = session.Candidates.ToArray();
            var reasons = new int[candidates.Length];
            session.StrongestReasons(candidates, reasons);

            for (var c = 0; c < candidates.Length; c++)
            {
                var proposer = session.ProposerOf(candidates[c]);
                var expected = proposer >= 0
                    ? ((IExplainingRecommender)model.Components[proposer]).StrongestReason(history.Items, history.Weights, candidates[c])
                    : -1;
                Assert.Equal(expected, reasons[c]);
                explained += reasons[c] >= 0 ? 1 : 0;
            }
        }

        Assert.True(explained > 500, $"only {explained} candidates were explained by a history item");
    }

    [Fact]
    public void The_same_data_gives_the_same_trees_and_a_saved_model_scores_and_explains_like_the_original()
    {
        var first = Model();
        var second = (RerankModel)Learn(Small).Fit(Matrix);
        var loaded = RecommenderSerializer.FromBytes(RecommenderSerializer.ToBytes(first));

        Assert.IsType<RerankModel>(loaded);
        for (var user = 0; user < 40; user++)
        {
            var history = History(user);
            var expected = new float[first.ItemCount];
            first.Score(history.Items, history.Weights, expected);
            var again = new float[first.ItemCount];
            second.Score(history.Items, history.Weights, again);
            var restored = new float[first.ItemCount];
            loaded.Score(history.Items, history.Weights, restored);
            Assert.Equal(expected, again);
            Assert.Equal(expected, restored);

            int[] candidates = [.. Enumerable.Range(0, first.ItemCount).OrderByDescending(i => expected[i]).Take(10)];
            var reasons = new int[10];
            var restoredReasons = new int[10];
            first.StrongestReasons(history.Items, history.Weights, candidates, reasons);
            ((IExplainingRecommender)loaded).StrongestReasons(history.Items, history.Weights, candidates, restoredReasons);
            Assert.Equal(reasons, restoredReasons);
        }
    }

    [Fact]
    public void A_bundle_with_a_reranker_recommends_and_explains_the_same_after_saving()
    {
        var bundle = new RecommenderBundle
        {
            Items = Matrix.Items,
            Main = Model(),
            Popular = (PopularityModel)new PopularityTrainer().Fit(Matrix),
            Trending = (PopularityModel)new PopularityTrainer(new PopularityOptions { Trending = true }).Fit(Matrix),
            Options = Binary,
            TrainedAt = Shop.Orders[^1].Timestamp,
        };
        var loaded = RecommenderBundle.FromBytes(bundle.ToBytes());
        var service = new RecommendationService(bundle, new Tailor.Recommend.Catalogue(bundle.Items, Shop.Items));
        var restored = new RecommendationService(loaded, new Tailor.Recommend.Catalogue(loaded.Items, Shop.Items));
        var request = new RecommendationRequest { Count = 10, Now = Shop.Orders[^1].Timestamp };
        var because = 0;

        for (var user = 0; user < 30; user++)
        {
            var expected = service.Recommend(History(user), request);
            Assert.Equal(expected, restored.Recommend(History(user), request));
            because += expected.Count(r => r.ReasonKind == ReasonKind.BecauseOfHistory && r.Reason.StartsWith("Because you bought", StringComparison.Ordinal));
        }

        Assert.True(because > 100, $"only {because} of 300 recommendations cite a purchase");
    }

    [Fact]
    public void Training_fits_a_chosen_reranker_whole_and_lists_its_components()
    {
        var (main, components, weights) = RecommenderTraining.FitMain(Learnt.Value, Matrix, CancellationToken.None);

        var reranker = Assert.IsType<RerankModel>(main);
        Assert.Equal(["ease", "item-knn", "content"], components.Select(c => c.Name));
        Assert.Same(reranker.Components[1], components[1].Model); // the bundle's similar items reuse it
        Assert.Equal([1f, 1f, 1f], weights);
    }

    [Fact]
    public void An_empty_matrix_is_refused_with_a_clear_error()
    {
        var empty = new InteractionMatrix(new IdMap(), new IdMap(), SparseMatrix.FromEntries(0, 0, []));

        var error = Assert.ThrowsAny<ArgumentException>(() => Learnt.Value.Fit(empty));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Too_few_validation_buyers_are_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => Learn(Small with { MinQueries = 100_000 }));

        Assert.Contains("validation users bought one of their candidates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_out_of_range_are_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Learn(Small with { Leaves = 1 }));

        Assert.Equal("Leaves", error.ParamName);
    }

    [Fact]
    public void Auto_with_the_reranker_does_no_worse_than_the_blend_beyond_noise()
    {
        var auto = AutoSelection.Run(Split.Train, Binary, [.. AlgorithmCatalog.Families(150), [new ContentTrainer(Shop.Items)]], catalogue: Shop.Items);

        // The re-ranker is kept exactly when it beat the blend on validation by two standard errors (here,
        // measured, it loses: the simulated tastes do not drift, so the blend tuned on the period itself is
        // hard to beat).
        var margin = auto.RerankValidationScore!.Value - auto.BlendValidationScore - (2 * auto.RerankGainStandardError!.Value);
        Assert.True(Math.Abs(margin) > 1e-9, "too close to call");
        Assert.Equal(margin > 0, auto.Trainer is RerankTrainer);
        var chosen = PerUserNdcg(auto.Trainer);
        var blend = PerUserNdcg(auto.Blend);
        var differences = chosen.Zip(blend, (a, b) => a - b).ToArray();
        var mean = differences.Average();
        var standardError = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1) / differences.Length);
        // Noise: two standard errors of the paired per-user difference.
        Assert.True(mean >= -2 * standardError, $"auto {chosen.Average():F4} against blend {blend.Average():F4} (paired standard error {standardError:F4})");
    }

    private static double[] PerUserNdcg(IRecommenderTrainer trainer)
    {
        var lists = RecommenderEvaluator.RankedLists(trainer.Fit(Matrix), Matrix, Split.Test, new EvaluationOptions { Cutoffs = [10] });
        return [.. lists.Select(l => RankingMetrics.Ndcg<string>(l.Items, Split.Test.ItemsOf(l.User).ToHashSet(StringComparer.Ordinal), 10))];
    }
}
