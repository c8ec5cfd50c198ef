using Tailor.Recommend;
using Tailor.Recommend.Evaluation;

namespace Tailor.Tests.Recommend.Evaluation;

public sealed class HyperparameterSearchTests
{
    private static readonly DateTimeOffset _start = new(2011, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly InteractionOptions _plain = new() { HalfLifeDays = null };

    /// <summary>
    /// Users u0..u11 take c0, c1, v, t on days 0..3; u12 and u13 take v, t, c0, c1. Leaving the last
    /// interaction out twice, validation asks u0..u11 for v (candidates v and t, which only u12 and
    /// u13 trained on) and u12, u13 for c0 (candidates c0 and c1).
    /// </summary>
    private static List<Interaction> Sequences()
    {
        var data = new List<Interaction>();
        for (var u = 0; u < 14; u++)
        {
            string[] items = u < 12 ? ["c0", "c1", "v", "t"] : ["v", "t", "c0", "c1"];
            for (var d = 0; d < items.Length; d++)
            {
                data.Add(new Interaction("u" + u, items[d], 1f, _start.AddDays(d)));
            }
        }

        return data;
    }

    private static FixedScoreTrainer Prefer(string name, string first, string second, int parameter = 0) =>
        new(name, id => id == first ? 2f : id == second ? 1f : 0f, parameter);

    [Fact]
    public void The_best_candidate_by_the_metric_wins_and_every_result_is_kept()
    {
        var outer = Splits.LeaveLastN(Sequences(), 1);
        var candidates = new[]
        {
            Prefer("t-first", "t", "v", parameter: 1),
            Prefer("v-first", "v", "t", parameter: 2),
            new FixedScoreTrainer("flat", _ => 0f, parameter: 3), // ties broken by index put v (index 2) first too
        };

        var result = HyperparameterSearch.Run(candidates, outer.Train, i => Splits.LeaveLastN(i, 1), _plain);

        // v-first: all 14 users hit at rank 1, NDCG 1. t-first: u0..u11 hit at rank 2 (1/log2 3), u12, u13 at 1.
        // flat equals v-first, but a tie keeps the earlier candidate.
        Assert.Same(candidates[1], result.Best);
        Assert.Equal("ndcg@10", result.Metric);
        Assert.Equal(["t-first", "v-first", "flat"], result.All.Select(r => r.Name));
        Assert.Equal(1.0, result.BestEvaluation.Metrics["ndcg@10"], 1e-9);
        Assert.Equal(((12 / Math.Log2(3)) + 2) / 14, result.All[0].Metrics["ndcg@10"], 1e-9);
        Assert.Equal(1.0, result.All[2].Metrics["ndcg@10"], 1e-9);
        Assert.Equal(14, result.BestEvaluation.Metrics.Users);
        Assert.Equal(2, result.BestEvaluation.Parameters["p"]);
        Assert.All(candidates, c => Assert.Equal(1, c.FitCount));
    }

    [Fact]
    public void Validation_never_contains_the_outer_test_items()
    {
        var outer = Splits.LeaveLastN(Sequences(), 1);
        var inner = Splits.Validation(outer, i => Splits.LeaveLastN(i, 1));

        Assert.Equal(["t"], outer.Test.ItemsOf("u0"));
        Assert.Equal(["v"], inner.Test.ItemsOf("u0"));
        Assert.Equal(["c0"], inner.Test.ItemsOf("u12"));
        Assert.DoesNotContain(inner.Train, i => outer.Test.ItemsOf(i.User).Contains(i.Item));
        Assert.DoesNotContain(inner.Test.Users, u => u.Items.Intersect(outer.Test.ItemsOf(u.User)).Any());
    }

    [Fact]
    public void A_metric_at_another_cutoff_is_evaluated_anyway()
    {
        var outer = Splits.LeaveLastN(Sequences(), 1);
        var inner = Splits.Validation(outer, i => Splits.LeaveLastN(i, 1));
        var train = inner.BuildTrainMatrix(_plain);
        var tFirst = Prefer("t-first", "t", "v");
        var vFirst = Prefer("v-first", "v", "t");

        var result = HyperparameterSearch.Run([tFirst, vFirst], train, inner.Test, new HyperparameterSearchOptions { Metric = "recall@1" });

        Assert.Same(vFirst, result.Best);
        Assert.Equal(1.0, result.BestEvaluation.Metrics["recall@1"]);
        Assert.Equal(2.0 / 14, result.All[0].Metrics["recall@1"], 1e-9);
    }

    [Fact]
    public void Gini_is_minimised_not_maximised()
    {
        // Three users: u1 {A}, u2 {B, C}, u3 {A, D}; items A..F. At k = 1 "alphabetical" shows B, A, B:
        // sorted exposure [0,0,0,0,1,2], weights -5,-3,-1,1,3,5: (1*3 + 2*5) / (6 * 3) = 13/18; "reversed"
        // shows F three times: 3*5 / 18 = 15/18.
        var catalogue = new[] { "A", "B", "C", "D", "E", "F" };
        var pairs = new[] { ("u1", "A"), ("u2", "B"), ("u2", "C"), ("u3", "A"), ("u3", "D") };
        var train = InteractionMatrix.Build(pairs.Select(p => new Interaction(p.Item1, p.Item2, 1f, _start)), _plain, _start, catalogue);
        var test = TestSet.FromPairs([("u1", "C"), ("u2", "F"), ("u3", "B")]);
        var reversed = new FixedScoreTrainer("reversed", id => id[0]);
        var alphabetical = new FixedScoreTrainer("alphabetical", id => -id[0]);

        var result = HyperparameterSearch.Run([reversed, alphabetical], train, test, new HyperparameterSearchOptions { Metric = "gini@1" });

        Assert.Same(alphabetical, result.Best);
        Assert.Equal(13.0 / 18, result.BestEvaluation.Metrics["gini@1"], 1e-9);
        Assert.Equal(15.0 / 18, result.All[0].Metrics["gini@1"], 1e-9);
    }

    [Fact]
    public void Bad_searches_are_refused()
    {
        var split = Splits.LeaveLastN(Sequences(), 1);
        var train = split.BuildTrainMatrix(_plain);
        var candidate = new FixedScoreTrainer("flat", _ => 0f);

        Assert.Throws<ArgumentException>(() => HyperparameterSearch.Run([], train, split.Test));
        Assert.Throws<ArgumentException>(() =>
            HyperparameterSearch.Run([candidate], train, split.Test, new HyperparameterSearchOptions { Metric = "ndcg" }));
        Assert.Throws<ArgumentException>(() =>
            HyperparameterSearch.Run([candidate], train, split.Test, new HyperparameterSearchOptions { Metric = "auc@10" }));
    }

    [Fact]
    public void Parameter_grid_expands_in_a_fixed_order_last_axis_fastest()
    {
        var grid = ParameterGrid.Expand([("lambda", [1.0, 10.0]), ("k", [5, 10, 20])]);

        Assert.Equal(6, grid.Count);
        Assert.Equal([(1.0, 5), (1.0, 10), (1.0, 20), (10.0, 5), (10.0, 10), (10.0, 20)],
            grid.Select(p => ((double)p["lambda"], (int)p["k"])));
        Assert.Throws<ArgumentException>(() => ParameterGrid.Expand([("k", [])]));
        Assert.Throws<ArgumentException>(() => ParameterGrid.Expand([("k", [1]), ("k", [2])]));
    }
}
