using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

/// <summary>Calibration of response curves with lift tests (holdout or geo experiments), on data drawn from the fitter's own model.</summary>
public class LiftTestCalibrationTests
{
    private static readonly ResponseCurveOptions Quick = new() { BootstrapReplicates = 0, Starts = 2 };

    private static readonly ChannelCurve Truth = new("search", 0.2, 50, 1, 0.3);

    /// <summary>
    /// 300 days of Poisson orders around 100 a day, one channel. Always on at a level that barely moves,
    /// the history says little about what the channel buys; with <paramref name="varying"/> it moves
    /// in two-week blocks with pauses and the history alone pins the curve down.
    /// </summary>
    private static (MarketingHistory History, double[] Spend, double[] Incremental) Shop(int seed, bool varying, params LiftTest[] tests)
    {
        var rng = new Random(seed);
        var spend = varying
            ? SyntheticMarketing.VaryingSpend(rng, 300, 50)
            : AlwaysOn(rng);
        var mu = SyntheticMarketing.Expected([Truth], [spend], 100, 0);
        var without = SyntheticMarketing.Expected([Truth], [new double[300]], 100, 0);
        var incremental = mu.Zip(without, (a, b) => a - b).ToArray();
        var history = new MarketingHistory(
            SyntheticMarketing.Start, MarketingOutcome.Orders, SyntheticMarketing.Poisson(rng, mu), [Truth.Channel], [spend], 30, liftTests: tests);
        return (history, spend, incremental);
    }

    /// <summary>Two-week blocks around 50 a day (log-sd 0.3), never paused: the response at zero spend is never seen.</summary>
    private static double[] AlwaysOn(Random rng)
    {
        var spend = new double[300];
        for (var block = 0; block < spend.Length; block += 14)
        {
            var level = 50 * Math.Exp(0.3 * MathNet.Numerics.Distributions.Normal.Sample(rng, 0, 1));
            for (var day = block; day < Math.Min(spend.Length, block + 14); day++)
            {
                spend[day] = Math.Round(level, 2);
            }
        }

        return spend;
    }

    /// <summary>What a perfect holdout over days [from, from + days) would measure: the mean true incremental orders a day.</summary>
    private static LiftTest PerfectTest(double[] incremental, int from, int days, double standardError) => new(
        Truth.Channel,
        SyntheticMarketing.Start.AddDays(from),
        SyntheticMarketing.Start.AddDays(from + days - 1),
        incremental.Skip(from).Take(days).Average(),
        standardError);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_precise_lift_test_pins_down_what_an_always_on_channel_buys(int seed)
    {
        var (_, spend, incremental) = Shop(seed, varying: false);
        var test = PerfectTest(incremental, 240, 28, 0.3);
        var (history, _, _) = Shop(seed, varying: false, test);
        var current = spend.Skip(272).Average();
        var trueResponse = SyntheticMarketing.PlanningBaseline(100, 0) * Truth.RelativeLift(current);

        var calibrated = ResponseCurveFitter.Fit(history, Quick);
        var channel = calibrated.Channel("search");

        // About 10 orders a day; the test measures it to +-0.3 over its four weeks.
        Assert.InRange(channel.DailyResponse.Value, trueResponse - 1, trueResponse + 1);
        var check = Assert.Single(calibrated.LiftTests);
        Assert.Equal(test, check.Test);
        Assert.InRange(check.Deviation, -2, 2);
        Assert.DoesNotContain(channel.Warnings, w => w.Contains("never paused", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_test_the_same_history_leaves_the_response_far_off()
    {
        // The contrast to the test above: without a test the response misses by several orders a day.
        var errors = new List<double>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var (history, spend, _) = Shop(seed, varying: false);
            var current = spend.Skip(272).Average();
            var trueResponse = SyntheticMarketing.PlanningBaseline(100, 0) * Truth.RelativeLift(current);
            var model = ResponseCurveFitter.Fit(history, Quick);
            errors.Add(Math.Abs(model.Channel("search").DailyResponse.Value - trueResponse));
            Assert.True(model.Channel("search").Identified);
            Assert.Contains(model.Channel("search").Warnings, w => w.Contains("never paused", StringComparison.Ordinal));
            Assert.Empty(model.LiftTests);
        }

        Assert.True(errors.Max() > 3, $"errors without a test: {string.Join(", ", errors)}");
    }

    [Fact]
    public void A_test_far_from_what_the_history_says_is_reported_as_a_disagreement()
    {
        var (_, _, incremental) = Shop(5, varying: true);
        var honest = PerfectTest(incremental, 200, 28, 0.5);
        // Mistyped: the channel lost orders. No curve can say so, and the history says the opposite.
        var (history, _, _) = Shop(5, varying: true, honest with { Incremental = -honest.Incremental });

        var model = ResponseCurveFitter.Fit(history, Quick);

        Assert.True(Math.Abs(model.LiftTests[0].Deviation) > 2.5, $"fitted {model.LiftTests[0].Fitted}, measured {model.LiftTests[0].Test.Incremental}");
        Assert.Contains(model.Warnings, w => w.Contains("disagree", StringComparison.Ordinal) && w.Contains("search", StringComparison.Ordinal));
    }

    [Fact]
    public void A_test_in_revenue_counts_the_same_as_in_orders_at_the_mean_order_value()
    {
        var (_, _, incremental) = Shop(7, varying: false);
        var orders = PerfectTest(incremental, 240, 28, 0.5);
        var revenue = orders with { Incremental = orders.Incremental * 30, StandardError = orders.StandardError * 30, Outcome = MarketingOutcome.Revenue };

        var byOrders = ResponseCurveFitter.Fit(Shop(7, false, orders).History, Quick);
        var byRevenue = ResponseCurveFitter.Fit(Shop(7, false, revenue).History, Quick);

        Assert.Equal(byOrders.Channel("search").DailyResponse.Value, byRevenue.Channel("search").DailyResponse.Value, 6);
        Assert.Equal(byOrders.LiftTests[0].Fitted * 30, byRevenue.LiftTests[0].Fitted, 6);
    }

    [Fact]
    public void A_precise_test_narrows_the_bootstrap_interval()
    {
        var options = Quick with { BootstrapReplicates = 30 };
        var (plain, _, incremental) = Shop(2, varying: false);
        var (tested, _, _) = Shop(2, varying: false, PerfectTest(incremental, 240, 28, 0.3));

        var without = ResponseCurveFitter.Fit(plain, options).Channel("search").DailyResponse;
        var with = ResponseCurveFitter.Fit(tested, options).Channel("search").DailyResponse;

        Assert.True(with.Upper - with.Lower < 0.5 * (without.Upper - without.Lower), $"with {with}, without {without}");
    }

    [Fact]
    public void Tests_of_unknown_channels_outside_the_history_or_without_a_standard_error_are_rejected()
    {
        var day = SyntheticMarketing.Start.AddDays(100);
        var good = new LiftTest("search", day, day.AddDays(27), 10, 1);

        Assert.Contains("unknown-channel", Assert.Throws<ArgumentException>(() => Shop(1, false, good with { Channel = "unknown-channel" })).Message, StringComparison.Ordinal);
        Assert.Contains("outside the history", Assert.Throws<ArgumentException>(() => Shop(1, false, good with { End = day.AddDays(400) })).Message, StringComparison.Ordinal);
        Assert.Contains("standard error", Assert.Throws<ArgumentException>(() => Shop(1, false, good with { StandardError = 0 })).Message, StringComparison.Ordinal);
        Assert.Contains("before it starts", Assert.Throws<ArgumentException>(() => Shop(1, false, good with { End = day.AddDays(-1) })).Message, StringComparison.Ordinal);
    }
}
