using Tailor.Recommend;
using Tailor.Recommend.Evaluation;

namespace Tailor.Tests.Recommend.Evaluation;

public sealed class RecommenderEvaluatorTests
{
    private const double Tolerance = 1e-9;
    private static readonly DateTimeOffset _now = new(2011, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly InteractionOptions _plain = new() { HalfLifeDays = null };

    private static InteractionMatrix Matrix(IEnumerable<(string User, string Item)> pairs, IEnumerable<string> catalogue) =>
        InteractionMatrix.Build(pairs.Select(p => new Interaction(p.User, p.Item, 1f, _now)), _plain, _now, catalogue);

    /// <summary>
    /// Items A..F scored 0.9, 0.8, ... 0.4 whatever the history. Train: u1 {A}, u2 {B, C}, u3 {A, D}.
    /// Ranked candidates (own items removed): u1 B,C,D,E,F; u2 A,D,E,F; u3 B,C,E,F.
    /// Test: u1 {C, Z} (Z unknown to training), u2 {F}, u3 {B, E, C}, u4 {A} (unknown user: skipped).
    /// </summary>
    private static (FixedScoreRecommender Model, InteractionMatrix Train, TestSet Test) ThreeUsers()
    {
        var train = Matrix([("u1", "A"), ("u2", "B"), ("u2", "C"), ("u3", "A"), ("u3", "D")], ["A", "B", "C", "D", "E", "F"]);
        var model = new FixedScoreRecommender([0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f]);
        var test = new TestSet(
        [
            new TestUser("u1", ["C", "Z"]),
            new TestUser("u2", ["F"]),
            new TestUser("u3", ["B", "E", "C"]),
            new TestUser("u4", ["A"]),
        ]);
        return (model, train, test);
    }

    [Fact]
    public void Three_user_case_matches_hand_computed_values()
    {
        var (model, train, test) = ThreeUsers();

        var result = RecommenderEvaluator.Evaluate(model, train, test, new EvaluationOptions { Cutoffs = [3, 2] });

        Assert.Equal(3, result.Users);
        Assert.Equal(1, result.SkippedUsers);
        Assert.Equal([2, 3], result.ByCutoff.Select(m => m.K));
        var log3 = Math.Log2(3);

        // k = 2. u1 [B,C]: hit at 2 of {C,Z}: P 1/2, R 1/2, NDCG (1/log2 3) / (1 + 1/log2 3), AP (1/2)/2, RR 1/2.
        //        u2 [A,D]: nothing. u3 [B,C]: hits at 1, 2 of 3: P 1, R 2/3, NDCG 1, AP (1+1)/2 = 1, RR 1.
        var u1Ndcg = 1 / log3 / (1 + (1 / log3));
        Assert.Equal((0.5 + 0 + 1) / 3, result["precision@2"], Tolerance);
        Assert.Equal((0.5 + 0 + (2.0 / 3)) / 3, result["recall@2"], Tolerance);
        Assert.Equal((u1Ndcg + 0 + 1) / 3, result["ndcg@2"], Tolerance);
        Assert.Equal(0.4622843, result["ndcg@2"], 1e-7);
        Assert.Equal((0.25 + 0 + 1) / 3, result["map@2"], Tolerance);
        Assert.Equal(2.0 / 3, result["hitrate@2"], Tolerance);
        Assert.Equal((0.5 + 0 + 1) / 3, result["mrr@2"], Tolerance);

        // Shown: A 1, B 2, C 2, D 1, E 0, F 0. Coverage 4/6. Gini: sorted [0,0,1,1,2,2], weights
        // -5,-3,-1,1,3,5: (-1 + 1 + 6 + 10) / (6 * 6) = 16/36.
        Assert.Equal(4.0 / 6, result["coverage@2"], Tolerance);
        Assert.Equal(16.0 / 36, result["gini@2"], Tolerance);

        // Novelty: 3 train users; A has 2 (-log2(2/3)), every other item 1 or none (log2 3).
        // Slots B,C | A,D | B,C: (5 log2 3 - log2(2/3)) / 6.
        var selfA = -Math.Log2(2.0 / 3);
        Assert.Equal(((5 * log3) + selfA) / 6, result["novelty@2"], Tolerance);

        // k = 3. u1 [B,C,D]: P 1/3, R 1/2, NDCG as at 2 (IDCG over min(3,2) = 2), AP 1/4, RR 1/2.
        //        u2 [A,D,E]: nothing. u3 [B,C,E]: all hit: P 1, R 1, NDCG 1, AP 1, RR 1.
        Assert.Equal(((1.0 / 3) + 0 + 1) / 3, result["precision@3"], Tolerance);
        Assert.Equal((0.5 + 0 + 1) / 3, result["recall@3"], Tolerance);
        Assert.Equal((u1Ndcg + 0 + 1) / 3, result["ndcg@3"], Tolerance);
        Assert.Equal((0.25 + 0 + 1) / 3, result["map@3"], Tolerance);
        Assert.Equal(2.0 / 3, result["hitrate@3"], Tolerance);
        Assert.Equal((0.5 + 0 + 1) / 3, result["mrr@3"], Tolerance);

        // Shown: A 1, B 2, C 2, D 2, E 2, F 0: coverage 5/6; sorted [0,1,2,2,2,2]:
        // (0 - 3 - 2 + 2 + 6 + 10) / (6 * 9) = 13/54. Novelty (8 log2 3 - log2(2/3)) / 9.
        Assert.Equal(5.0 / 6, result["coverage@3"], Tolerance);
        Assert.Equal(13.0 / 54, result["gini@3"], Tolerance);
        Assert.Equal(((8 * log3) + selfA) / 9, result["novelty@3"], Tolerance);

        Assert.Equal(result["ndcg@3"], result.At(3).Ndcg);
        Assert.Equal(18, result.Values.Count);
    }

    [Fact]
    public void Per_user_values_are_the_hand_computed_ones_in_test_order_and_average_to_the_metric()
    {
        var (model, train, test) = ThreeUsers();
        var u1Ndcg = 1 / Math.Log2(3) / (1 + (1 / Math.Log2(3)));

        var ndcg = RecommenderEvaluator.PerUser(model, train, test, "ndcg@2")!;
        var precision = RecommenderEvaluator.PerUser(model, train, test, "precision@2")!;

        Assert.Equal(3, ndcg.Length); // u4 is unknown to training
        Assert.Equal(u1Ndcg, ndcg[0], Tolerance);
        Assert.Equal(0, ndcg[1], Tolerance);
        Assert.Equal(1, ndcg[2], Tolerance);
        Assert.Equal([0.5, 0, 1], precision);
        Assert.Equal(RecommenderEvaluator.Evaluate(model, train, test, new EvaluationOptions { Cutoffs = [2] })["ndcg@2"], ndcg.Average(), Tolerance);
        Assert.Null(RecommenderEvaluator.PerUser(model, train, test, "coverage@2"));
    }

    [Fact]
    public void Default_cutoffs_give_the_documented_keys()
    {
        var (model, train, test) = ThreeUsers();

        var result = RecommenderEvaluator.Evaluate(model, train, test);

        foreach (var k in new[] { 10, 20 })
        {
            foreach (var name in new[] { "precision", "recall", "ndcg", "map", "hitrate", "mrr", "coverage", "novelty", "gini" })
            {
                Assert.True(result.Values.ContainsKey($"{name}@{k}"), $"{name}@{k}");
            }
        }

        // Fewer candidates than k, still divided by 10: u1 hits C of 5 candidates, u2 hits F at rank 4 of
        // 4, u3 hits B, C, E of 4.
        Assert.Equal(((1.0 / 10) + (1.0 / 10) + (3.0 / 10)) / 3, result["precision@10"], Tolerance);
        Assert.Equal(result["precision@10"], result["precision@20"] * 2, Tolerance);
        Assert.Throws<KeyNotFoundException>(() => result["ndcg@5"]);
    }

    [Fact]
    public void Train_items_never_reach_the_lists_even_when_the_model_ranks_them_first()
    {
        var (_, train, test) = ThreeUsers();
        var model = new FixedScoreRecommender([0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f], historyBoost: 100f);

        var lists = RecommenderEvaluator.RankedLists(model, train, test, new EvaluationOptions { Cutoffs = [3] });

        Assert.Equal(3, lists.Count);
        foreach (var (user, items) in lists)
        {
            var row = train.UserItems.RowColumns(train.Users.IndexOf(user)).ToArray().Select(i => train.Items[i]);
            Assert.Empty(items.Intersect(row));
        }

        Assert.Equal(["B", "C", "D"], lists.Single(l => l.User == "u1").Items);
    }

    [Fact]
    public void Train_items_in_the_test_set_can_only_be_hit_when_exclusion_is_off()
    {
        // Every test item is one the user trained on; the model ranks history first.
        var (_, train, _) = ThreeUsers();
        var model = new FixedScoreRecommender([0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f], historyBoost: 100f);
        var test = new TestSet([new TestUser("u1", ["A"]), new TestUser("u2", ["B", "C"]), new TestUser("u3", ["A", "D"])]);

        var excluded = RecommenderEvaluator.Evaluate(model, train, test, new EvaluationOptions { Cutoffs = [2] });
        var included = RecommenderEvaluator.Evaluate(model, train, test, new EvaluationOptions { Cutoffs = [2], ExcludeTrainItems = false });

        Assert.Equal(0, excluded["hitrate@2"]);
        Assert.Equal(1, included["hitrate@2"]);
        Assert.Equal(1, included["ndcg@2"], Tolerance);
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var random = new Random(11);
        var itemIds = Enumerable.Range(0, 300).Select(i => "i" + i).ToArray();
        var pairs = Enumerable.Range(0, 6000).Select(_ => ("u" + random.Next(500), itemIds[random.Next(300)])).ToList();
        var train = Matrix(pairs, itemIds);

        // Coarse scores, so ties are everywhere and must break the same way every time.
        var model = new FixedScoreRecommender(itemIds.Select(_ => (float)random.Next(20)).ToArray(), historyBoost: 3f);
        var test = TestSet.FromPairs(Enumerable.Range(0, 3000).Select(_ => ("u" + random.Next(520), itemIds[random.Next(300)] + (random.Next(10) == 0 ? "-new" : ""))));

        var single = RecommenderEvaluator.Evaluate(model, train, test, new EvaluationOptions { MaxDegreeOfParallelism = 1 });
        for (var run = 0; run < 3; run++)
        {
            var parallel = RecommenderEvaluator.Evaluate(model, train, test, new EvaluationOptions { MaxDegreeOfParallelism = 8 });

            Assert.Equal(single.Users, parallel.Users);
            Assert.Equal(single.Values, parallel.Values); // exactly: summed in the same order
        }

        Assert.True(single.Users > 400);
        Assert.True(single.SkippedUsers > 0);
        Assert.True(single["hitrate@20"] > 0);
    }

    [Fact]
    public void Lists_match_a_full_sort_of_the_candidates()
    {
        var random = new Random(13);
        var itemIds = Enumerable.Range(0, 80).Select(i => "i" + i).ToArray();
        var pairs = Enumerable.Range(0, 600).Select(_ => ("u" + random.Next(40), itemIds[random.Next(80)])).ToList();
        var train = Matrix(pairs, itemIds);
        var scores = itemIds.Select(_ => (float)random.Next(15)).ToArray();
        var model = new FixedScoreRecommender(scores);
        var test = TestSet.FromPairs(train.Users.Ids.Select(u => (u, "i0")));

        var lists = RecommenderEvaluator.RankedLists(model, train, test, new EvaluationOptions { Cutoffs = [10] });

        foreach (var (user, items) in lists)
        {
            var own = train.UserItems.RowColumns(train.Users.IndexOf(user)).ToArray().ToHashSet();
            var expected = Enumerable.Range(0, itemIds.Length).Where(i => !own.Contains(i))
                .OrderByDescending(i => scores[i]).ThenBy(i => i).Take(10).Select(i => itemIds[i]);
            Assert.Equal(expected, items);
        }
    }

    [Fact]
    public void A_model_of_another_catalogue_is_refused()
    {
        var (_, train, test) = ThreeUsers();

        Assert.Throws<ArgumentException>(() => RecommenderEvaluator.Evaluate(new FixedScoreRecommender([1f, 2f]), train, test));
        Assert.Throws<ArgumentException>(() =>
            RecommenderEvaluator.Evaluate(new FixedScoreRecommender(new float[6]), train, test, new EvaluationOptions { Cutoffs = [0] }));
    }

    [Fact]
    public void Trainers_are_fitted_timed_and_evaluated_in_order()
    {
        var (_, train, test) = ThreeUsers();
        var byOrder = new FixedScoreTrainer("alphabetical", id => -id[0], parameter: 1);
        var reversed = new FixedScoreTrainer("reversed", id => id[0], parameter: 2);

        var results = RecommenderEvaluator.EvaluateTrainers([byOrder, reversed], train, test, new EvaluationOptions { Cutoffs = [2, 3] });

        Assert.Equal(["alphabetical", "reversed"], results.Select(r => r.Name));
        Assert.All(results, r => Assert.InRange(r.FitSeconds, 0, 60));
        Assert.Equal(2, results[1].Parameters["p"]);
        Assert.Equal(1, byOrder.FitCount);

        // "alphabetical" is the three-user model: same values.
        Assert.Equal(0.4622843, results[0].Metrics["ndcg@2"], 1e-7);

        // "reversed" ranks F first: u1 [F,E] misses, u2 [F,E] and u3 [F,E] hit once each: P@2 = (0 + 1/2 + 1/2) / 3.
        Assert.Equal(1.0 / 3, results[1].Metrics["precision@2"], Tolerance);
    }
}
