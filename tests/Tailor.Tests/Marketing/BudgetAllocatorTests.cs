using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

public class BudgetAllocatorTests
{
    private static readonly SpendBounds[] Free2 = [SpendBounds.Free, SpendBounds.Free];

    [Fact]
    public void Two_concave_channels_meet_the_closed_form_optimum()
    {
        // r_i(x) = A_i x / (K_i + x); equal marginals A1 K1 / (K1 + x1)^2 = A2 K2 / (K2 + x2)^2 with x1 + x2 = B give
        // x1 = (a (K2 + B) - b K1) / (a + b), where a = sqrt(A1 K1) and b = sqrt(A2 K2).
        var first = new SpendCurve("a", 100, 20, 1);
        var second = new SpendCurve("b", 60, 5, 1);
        const double budget = 50;
        double a = Math.Sqrt(100 * 20), b = Math.Sqrt(60 * 5);
        var expected = ((a * (5 + budget)) - (b * 20)) / (a + b);

        var result = BudgetAllocator.Allocate([first, second], Free2, budget);

        Assert.Equal("lagrange", result.Method);
        Assert.Equal(expected, result.Spend[0], 6);
        Assert.Equal(budget - expected, result.Spend[1], 6);
        Assert.Equal(first.Slope(result.Spend[0]), result.MarginalResponse, 6);
        Assert.True(result.BudgetBinding);
    }

    [Fact]
    public void A_target_roas_stops_where_the_marginal_return_meets_it()
    {
        // One channel r = A x / (K + x): r'(x) = A K / (K + x)^2 = R at x = sqrt(A K / R) - K.
        var curve = new SpendCurve("a", 400, 50, 1);
        const double target = 2;
        var expected = Math.Sqrt(400 * 50 / target) - 50;

        var free = BudgetAllocator.Allocate([curve], [SpendBounds.Free], 1000, target);
        var capped = BudgetAllocator.Allocate([curve], [SpendBounds.Free], 20, target);

        Assert.Equal(expected, free.Spend[0], 5);
        Assert.False(free.BudgetBinding);
        Assert.Equal(target, free.MarginalResponse, 9);
        Assert.Equal(20, capped.Spend[0], 9);
        Assert.True(capped.BudgetBinding);
        Assert.True(capped.MarginalResponse > target);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    [InlineData(120)]
    public void The_mip_skips_an_s_shaped_dead_zone_when_that_pays(double budget)
    {
        // Channel "s" buys almost nothing below 30 a day but saturates high; "c" is concave and cheap.
        // The optimum over x_s in [0, B] (x_c = B - x_s) is found by a fine 1-D search.
        var sShaped = new SpendCurve("s", 100, 50, 4);
        var concave = new SpendCurve("c", 30, 10, 1);
        double best = -1, bestX = 0;
        for (var i = 0; i <= 200_000; i++)
        {
            var x = budget * i / 200_000;
            var value = sShaped.Value(x) + concave.Value(budget - x);
            if (value > best)
            {
                (best, bestX) = (value, x);
            }
        }

        var result = BudgetAllocator.Allocate([sShaped, concave], Free2, budget);

        Assert.Equal("mip", result.Method);
        Assert.Equal(best, result.Response, 6);
        Assert.Equal(bestX, result.Spend[0], 2);
        if (bestX > 0)
        {
            // Past the dead zone: spending sits where the S-curve is already concave.
            Assert.True(result.Spend[0] > sShaped.Inflection);
        }
        else
        {
            Assert.Equal(0, result.Spend[0], 9);
        }
    }

    [Fact]
    public void The_dead_zone_case_would_be_missed_by_equalising_marginals_from_zero()
    {
        // At budget 120 the optimum puts about 96 into the S-shaped channel; its slope at 0 is 0, so a
        // marginal-return method started at zero never enters it. The MIP must do better than that.
        var sShaped = new SpendCurve("s", 100, 50, 4);
        var concave = new SpendCurve("c", 30, 10, 1);

        var result = BudgetAllocator.Allocate([sShaped, concave], Free2, 120);

        Assert.InRange(result.Spend[0], 90, 100);
        Assert.True(result.Response > concave.Value(120) + 50);
    }

    [Fact]
    public void Bounds_are_respected_and_a_fixed_channel_stays_put()
    {
        var curves = new[] { new SpendCurve("a", 100, 20, 0.8), new SpendCurve("b", 100, 20, 0.8), new SpendCurve("c", 50, 10, 1) };
        var bounds = new[] { new SpendBounds(10, 15), SpendBounds.Fixed(7), new SpendBounds(0, double.PositiveInfinity) };

        var result = BudgetAllocator.Allocate(curves, bounds, 100);

        Assert.InRange(result.Spend[0], 10, 15);
        Assert.Equal(7, result.Spend[1], 9);
        Assert.Equal(100, result.Spend.Sum(), 6);
    }

    [Fact]
    public void Symmetric_channels_share_the_budget_equally()
    {
        var curves = Enumerable.Range(0, 4).Select(i => new SpendCurve($"c{i}", 80, 30, 0.7)).ToArray();

        var result = BudgetAllocator.Allocate(curves, curves.Select(_ => SpendBounds.Free).ToArray(), 200);

        Assert.All(result.Spend, s => Assert.Equal(50, s, 5));
    }

    [Fact]
    public void Ten_mixed_channels_beat_every_random_feasible_split()
    {
        var rng = new Random(11);
        var curves = Enumerable.Range(0, 10)
            .Select(i => new SpendCurve($"c{i}", 20 + (100 * rng.NextDouble()), 10 + (80 * rng.NextDouble()), i % 2 == 0 ? 0.8 : 1.2 + (2 * rng.NextDouble())))
            .ToArray();
        var bounds = curves.Select(_ => SpendBounds.Free).ToArray();
        const double budget = 400;

        var result = BudgetAllocator.Allocate(curves, bounds, budget);

        Assert.Equal(budget, result.Spend.Sum(), 6);
        for (var trial = 0; trial < 2000; trial++)
        {
            var weights = curves.Select(_ => rng.NextDouble() < 0.3 ? 0 : rng.NextDouble()).ToArray();
            var total = weights.Sum();
            if (total == 0)
            {
                continue;
            }

            var response = curves.Select((c, i) => c.Value(budget * weights[i] / total)).Sum();
            Assert.True(response <= result.Response + 1e-6, $"trial {trial}: {response} > {result.Response}");
        }
    }

    [Fact]
    public void The_mean_of_curves_is_planned_as_one_curve()
    {
        var draws = new[] { new SpendCurve("a", 100, 20, 1), new SpendCurve("a", 50, 40, 1) };
        var mean = new MeanResponseCurve("a", draws);
        var other = new SpendCurve("b", 60, 10, 1);

        var result = BudgetAllocator.Allocate([mean, other], Free2, 60);

        Assert.True(mean.IsConcave);
        Assert.Equal(0.5 * (draws[0].Value(30) + draws[1].Value(30)), mean.Value(30), 12);
        Assert.Equal(mean.Slope(result.Spend[0]), other.Slope(result.Spend[1]), 6);
    }

    [Fact]
    public void A_mean_that_rises_again_late_is_still_planned_exactly_at_low_spend()
    {
        // Mostly concave draws and one S-shaped draw whose inflection (about 260) lies far past the
        // budget: the mean is concave over the whole budget, yet "on past the latest inflection or off"
        // cannot say "a little", and the MIP alone leaves the spend on its 0.625-wide grid. The answer
        // is checked against a brute-force search over the split.
        var mean = new MeanResponseCurve("a", [new SpendCurve("a", 100, 20, 0.8), new SpendCurve("a", 100, 25, 0.9), new SpendCurve("a", 100, 300, 4)]);
        var other = new SpendCurve("b", 100, 30, 0.9);
        const double budget = 20;

        var result = BudgetAllocator.Allocate([mean, other], Free2, budget);

        var best = Enumerable.Range(0, 200_001).Select(i => budget * i / 200_000).MaxBy(a => mean.Value(a) + other.Value(budget - a));
        Assert.False(mean.IsConcave);
        Assert.Equal(best, result.Spend[0], 3);
        Assert.Equal(mean.Slope(result.Spend[0]), other.Slope(result.Spend[1]), 4);
    }

    [Fact]
    public void Impossible_limits_and_bad_curves_are_rejected_with_the_reason()
    {
        var curve = new SpendCurve("a", 100, 20, 1);

        var minimums = Assert.Throws<ArgumentException>(() => BudgetAllocator.Allocate([curve, curve with { Channel = "b" }], [new SpendBounds(60, 100), new SpendBounds(50, 100)], 100));
        var negative = Assert.Throws<ArgumentException>(() => BudgetAllocator.Allocate([curve], [SpendBounds.Free], -1));
        var shape = Assert.Throws<ArgumentException>(() => BudgetAllocator.Allocate([curve with { Shape = 0 }], [SpendBounds.Free], 10));
        var count = Assert.Throws<ArgumentException>(() => BudgetAllocator.Allocate([curve], Free2, 10));

        Assert.Contains("minimums add up to 110", minimums.Message, StringComparison.Ordinal);
        Assert.Contains("budget", negative.Message, StringComparison.Ordinal);
        Assert.Contains("Shape > 0", shape.Message, StringComparison.Ordinal);
        Assert.Contains("1 curves but 2 bounds", count.Message, StringComparison.Ordinal);
    }
}
