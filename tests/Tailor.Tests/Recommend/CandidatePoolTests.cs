using Tailor.Recommend;

namespace Tailor.Tests.Recommend;

/// <summary>The banded pool against a plain sort of every eligible item: same items, same order, same scores.</summary>
public sealed class CandidatePoolTests
{
    [Theory]
    [InlineData(1, 100, 1.0)]
    [InlineData(2, 100, 1.5)]
    [InlineData(3, 10, 2.0)]
    [InlineData(4, 3000, 1.0)] // a pool larger than what qualifies
    [InlineData(5, 60, 1.0)]
    public void The_pool_is_the_best_eligible_items_whatever_the_score_shape(int seed, int size, double maxBoost)
    {
        var rng = new Random(seed);
        var scores = new float[2000];
        for (var i = 0; i < scores.Length; i++)
        {
            // Heavy tail, negatives, zeros, ties and a NaN: the shapes models give.
            scores[i] = rng.Next(10) switch
            {
                0 => -(float)rng.NextDouble(),
                1 => 0f,
                2 => 0.25f,
                _ => (float)Math.Pow(rng.NextDouble(), 4) * 3,
            };
        }

        scores[17] = float.NaN;
        var boosts = Enumerable.Range(0, scores.Length).Select(_ => 1 + ((maxBoost - 1) * rng.NextDouble())).ToArray();
        var eligible = Enumerable.Range(0, scores.Length).Select(_ => rng.Next(5) > 0).ToArray();
        double? Boosted(int i, float raw) => eligible[i] ? raw * boosts[i] : null;

        var pool = CandidatePool.Best(scores, size, maxBoost, Boosted);

        var expected = Enumerable.Range(0, scores.Length)
            .Where(i => scores[i] > 0 && eligible[i])
            .Select(i => (Item: i, Score: scores[i] * boosts[i]))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Item)
            .Take(size)
            .ToList();
        Assert.Equal(expected, pool);
        Assert.DoesNotContain(pool, p => p.Item == 17);
    }

    [Fact]
    public void Nothing_positive_gives_an_empty_pool()
    {
        Assert.Empty(CandidatePool.Best([-1f, 0f, float.NaN], 5, 1, (_, raw) => raw));
        Assert.Empty(CandidatePool.Best([], 5, 1, (_, raw) => raw));
    }

    [Fact]
    public void A_boost_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CandidatePool.Best([1f], 5, 0.5, (_, raw) => raw));
}
