using Tailor.Recommend.Evaluation;

namespace Tailor.Tests.Recommend.Evaluation;

public sealed class RankingMetricsTests
{
    private const double Tolerance = 1e-9;

    private static readonly double _log3 = Math.Log2(3);
    private static readonly double _log5 = Math.Log2(5);

    [Fact]
    public void Hand_computed_case_with_a_relevant_item_missing_from_the_list()
    {
        // top-5 [a,b,c,d,e], relevant {b,d,z}: hits at ranks 2 and 4.
        // P@5 = 2/5 = 0.4; R@5 = 2/3 (z counts in the denominator though never ranked).
        // DCG = 1/log2(3) + 1/log2(5) = 0.6309298 + 0.4306766 = 1.0616064;
        // IDCG over min(5,3) = 3 ranks = 1 + 1/log2(3) + 1/log2(4) = 2.1309298; NDCG = 0.4981893.
        // AP@5 = (P@2 + P@4) / min(5,3) = (1/2 + 2/4) / 3 = 1/3; RR = 1/2; hit rate 1.
        var scores = RankingMetrics.Compute<string>(["a", "b", "c", "d", "e"], new HashSet<string> { "b", "d", "z" }, 5);

        Assert.Equal(0.4, scores.Precision, Tolerance);
        Assert.Equal(2.0 / 3, scores.Recall, Tolerance);
        var dcg = (1 / _log3) + (1 / _log5);
        var idcg = 1 + (1 / _log3) + 0.5;
        Assert.Equal(dcg / idcg, scores.Ndcg, Tolerance);
        Assert.Equal(0.4981893, scores.Ndcg, 1e-6);
        Assert.Equal(1.0 / 3, scores.AveragePrecision, Tolerance);
        Assert.Equal(1.0, scores.HitRate);
        Assert.Equal(0.5, scores.ReciprocalRank, Tolerance);
    }

    [Fact]
    public void The_single_metric_functions_agree_with_the_hand_computed_case()
    {
        string[] ranked = ["a", "b", "c", "d", "e"];
        var relevant = new HashSet<string> { "b", "d", "z" };

        Assert.Equal(0.4, RankingMetrics.Precision<string>(ranked, relevant, 5), Tolerance);
        Assert.Equal(2.0 / 3, RankingMetrics.Recall<string>(ranked, relevant, 5), Tolerance);
        Assert.Equal(0.4981893, RankingMetrics.Ndcg<string>(ranked, relevant, 5), 1e-6);
        Assert.Equal(1.0 / 3, RankingMetrics.AveragePrecision<string>(ranked, relevant, 5), Tolerance);
        Assert.Equal(1.0, RankingMetrics.HitRate<string>(ranked, relevant, 5));
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank<string>(ranked, relevant, 5), Tolerance);

        // At k = 3 only b (rank 2) counts: P = 1/3, R = 1/3, DCG = 1/log2(3), IDCG over 3 ranks,
        // AP = (1/2) / 3 = 1/6.
        Assert.Equal(1.0 / 3, RankingMetrics.Precision<string>(ranked, relevant, 3), Tolerance);
        Assert.Equal(1.0 / 3, RankingMetrics.Recall<string>(ranked, relevant, 3), Tolerance);
        Assert.Equal(1 / _log3 / (1 + (1 / _log3) + 0.5), RankingMetrics.Ndcg<string>(ranked, relevant, 3), Tolerance);
        Assert.Equal(1.0 / 6, RankingMetrics.AveragePrecision<string>(ranked, relevant, 3), Tolerance);
    }

    [Fact]
    public void No_hits_give_zero_everywhere()
    {
        var scores = RankingMetrics.Compute<int>([1, 2, 3], new HashSet<int> { 7, 8 }, 3);

        Assert.Equal(default, scores);
    }

    [Fact]
    public void More_relevant_items_than_k_cap_the_ideal_at_k()
    {
        // top-3 [a,b,c], relevant {a,c,x,y,z}: hits at 1 and 3.
        // P@3 = 2/3; R@3 = 2/5; DCG = 1 + 1/log2(4) = 1.5; IDCG over min(3,5) = 3 ranks = 1 + 1/log2(3) + 1/2;
        // AP@3 = (1/1 + 2/3) / min(3,5) = 5/9; RR = 1.
        var scores = RankingMetrics.Compute<string>(["a", "b", "c"], new HashSet<string> { "a", "c", "x", "y", "z" }, 3);

        Assert.Equal(2.0 / 3, scores.Precision, Tolerance);
        Assert.Equal(0.4, scores.Recall, Tolerance);
        Assert.Equal(1.5 / (1.5 + (1 / _log3)), scores.Ndcg, Tolerance);
        Assert.Equal(5.0 / 9, scores.AveragePrecision, Tolerance);
        Assert.Equal(1.0, scores.ReciprocalRank);
    }

    [Fact]
    public void A_perfect_ranking_scores_one_even_when_more_is_relevant_than_k()
    {
        var scores = RankingMetrics.Compute<int>([4, 5], new HashSet<int> { 4, 5, 6 }, 2);

        Assert.Equal(1.0, scores.Precision);
        Assert.Equal(2.0 / 3, scores.Recall, Tolerance);
        Assert.Equal(1.0, scores.Ndcg, Tolerance);
        Assert.Equal(1.0, scores.AveragePrecision, Tolerance);
    }

    [Fact]
    public void A_list_shorter_than_k_counts_as_padded_with_misses()
    {
        // Only 2 candidates at k = 5, relevant {b}: hit at rank 2.
        // P@5 = 1/5 (still divided by k); R = 1; DCG = 1/log2(3), IDCG over min(5,1) = 1 rank = 1;
        // AP = (1/2) / 1; RR = 1/2.
        var scores = RankingMetrics.Compute<string>(["a", "b"], new HashSet<string> { "b" }, 5);

        Assert.Equal(0.2, scores.Precision, Tolerance);
        Assert.Equal(1.0, scores.Recall, Tolerance);
        Assert.Equal(1 / _log3, scores.Ndcg, Tolerance);
        Assert.Equal(0.5, scores.AveragePrecision, Tolerance);
        Assert.Equal(0.5, scores.ReciprocalRank, Tolerance);
    }

    [Fact]
    public void Relevant_items_outside_the_catalogue_stay_in_the_denominators()
    {
        // Hits flags for ranks 1..4: hit at 1. Relevant: 1 rankable + 3 the model never knew = 4.
        // P@4 = 1/4; R@4 = 1/4; DCG = 1; IDCG over min(4,4) = 1 + 1/log2(3) + 1/2 + 1/log2(5);
        // AP = (1/1) / 4.
        var scores = RankingMetrics.FromHits([true, false, false, false], relevantCount: 4, k: 4);

        Assert.Equal(0.25, scores.Precision, Tolerance);
        Assert.Equal(0.25, scores.Recall, Tolerance);
        Assert.Equal(1 / (1 + (1 / _log3) + 0.5 + (1 / _log5)), scores.Ndcg, Tolerance);
        Assert.Equal(0.25, scores.AveragePrecision, Tolerance);
        Assert.Equal(1.0, scores.ReciprocalRank);
    }

    [Fact]
    public void Hits_past_k_are_ignored()
    {
        var scores = RankingMetrics.FromHits([false, false, true], relevantCount: 1, k: 2);

        Assert.Equal(default, scores);
    }

    [Fact]
    public void No_relevant_items_give_zero_rather_than_a_division_by_zero()
    {
        var scores = RankingMetrics.Compute<int>([1, 2], new HashSet<int>(), 2);

        Assert.Equal(default, scores);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.FromHits([true], 1, 0));
        Assert.Throws<ArgumentException>(() => RankingMetrics.FromHits([true, true], 1, 2));
        Assert.Throws<ArgumentException>(() => RankingMetrics.Compute<string>(["a", "a"], new HashSet<string> { "a" }, 2));
    }

    [Fact]
    public void Metrics_stay_within_their_bounds_on_random_lists()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var ranked = Enumerable.Range(0, 30).OrderBy(_ => random.Next()).Take(random.Next(1, 30)).ToArray();
            var relevant = Enumerable.Range(0, 40).Where(_ => random.NextDouble() < 0.2).ToHashSet();
            var k = random.Next(1, 25);
            var scores = RankingMetrics.Compute<int>(ranked, relevant, k);
            var hits = ranked.Take(k).Count(relevant.Contains);

            Assert.Equal((double)hits / k, scores.Precision, Tolerance);
            Assert.InRange(scores.Ndcg, 0, 1 + Tolerance);
            Assert.InRange(scores.AveragePrecision, 0, 1 + Tolerance);
            Assert.InRange(scores.ReciprocalRank, 0, 1);
            Assert.Equal(hits > 0 ? 1 : 0, scores.HitRate);
            Assert.True(scores.ReciprocalRank <= scores.HitRate);
        }
    }
}
