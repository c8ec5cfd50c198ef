using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

public class ResponseCurveFitterTests
{
    private static readonly ResponseCurveOptions Quick = new() { BootstrapReplicates = 0, Starts = 2 };

    private static MarketingHistory History(int days, params (string Name, double[] Spend)[] channels)
    {
        var rng = new Random(4);
        var curves = channels.Select(c => new ChannelCurve(c.Name, 0.2, 50, 1, 0.3)).ToArray();
        var mu = SyntheticMarketing.Expected(curves, channels.Select(c => c.Spend).ToArray(), 100, 0);
        return new MarketingHistory(SyntheticMarketing.Start, MarketingOutcome.Orders, SyntheticMarketing.Poisson(rng, mu),
            channels.Select(c => c.Name).ToArray(), channels.Select(c => c.Spend).ToArray(), 30);
    }

    /// <summary>Fits 300 days of one channel spending about 50 a day in two-week blocks, Poisson orders around 100 a day.</summary>
    private static ChannelResponse FitOneChannel(int seed, ChannelCurve truth)
    {
        var rng = new Random(seed);
        var spend = SyntheticMarketing.VaryingSpend(rng, 300, 50);
        var mu = SyntheticMarketing.Expected([truth], [spend], 100, 0);
        var history = new MarketingHistory(SyntheticMarketing.Start, MarketingOutcome.Orders, SyntheticMarketing.Poisson(rng, mu), [truth.Channel], [spend], 30);
        return ResponseCurveFitter.Fit(history, Quick).Channel(truth.Channel);
    }

    [Fact]
    public void A_channel_whose_spend_never_varies_is_flagged_as_not_identified()
    {
        var rng = new Random(1);
        var steady = Enumerable.Repeat(50.0, 300).ToArray();
        var model = ResponseCurveFitter.Fit(History(300, ("steady", steady), ("varied", SyntheticMarketing.VaryingSpend(rng, 300, 50))), Quick);

        var flagged = model.Channel("steady");
        Assert.False(flagged.Identified);
        Assert.Contains(flagged.Warnings, w => w.Contains("hardly varies", StringComparison.Ordinal));
        Assert.Contains(flagged.Warnings, w => w.Contains("only 1 distinct level", StringComparison.Ordinal));
        Assert.True(model.Channel("varied").Identified, string.Join(" ", model.Channel("varied").Warnings));
    }

    [Fact]
    public void Channels_that_spend_rarely_or_move_together_are_flagged()
    {
        var rng = new Random(2);
        var rare = new double[300];
        for (var day = 100; day < 110; day++)
        {
            rare[day] = 80;
        }

        var leader = SyntheticMarketing.VaryingSpend(rng, 300, 50);
        var follower = leader.Select(s => s * 0.5).ToArray();
        var never = new double[300];

        var model = ResponseCurveFitter.Fit(History(300, ("rare", rare), ("leader", leader), ("follower", follower), ("never", never)), Quick);

        Assert.Contains(model.Channel("rare").Warnings, w => w.Contains("Spent on only 10 days", StringComparison.Ordinal));
        Assert.Contains(model.Channel("follower").Warnings, w => w.Contains("moves with 'leader'", StringComparison.Ordinal));
        Assert.False(model.Channel("leader").Identified);
        Assert.False(model.HasChannel("never"));
        Assert.Contains(model.Warnings, w => w.Contains("'never' never spent", StringComparison.Ordinal));
    }

    [Fact]
    public void A_switch_is_identified_with_its_threshold()
    {
        // A true switch at 50 a day (Hill shape 20): the fitted shape can only go to its upper limit (5),
        // but where the switch sits is what a plan needs, and the data say it.
        var fitted = FitOneChannel(seed: 8, new ChannelCurve("switch", 1.0, 50, 20, 0.0));

        Assert.True(fitted.Curve.Shape >= 0.99 * 5, $"shape {fitted.Curve.Shape}");
        Assert.InRange(fitted.Curve.HalfSaturation, 45, 55);
        Assert.Contains(fitted.Warnings, w => w.Contains("as steep as the fit allows (a switch at about", StringComparison.Ordinal));
        Assert.True(fitted.Identified, string.Join(" ", fitted.Warnings));
    }

    [Fact]
    public void A_curve_held_up_by_the_lift_limit_is_not_identified()
    {
        // Response still rising in a straight line at three times the typical spend: the fit can only
        // explain it with the largest lift allowed, so how far the line goes on is the limit's guess.
        var fitted = FitOneChannel(seed: 9, new ChannelCurve("linear", 300, 10_000, 1, 0.0));

        Assert.True(fitted.Curve.Lift >= 0.99 * 5, $"lift {fitted.Curve.Lift}");
        Assert.Contains(fitted.Warnings, w => w.Contains("parameter limit", StringComparison.Ordinal));
        Assert.False(fitted.Identified);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(13)]
    [InlineData(15)]
    [InlineData(17)]
    public void Revenue_is_fitted_with_its_dispersion_so_the_prior_keeps_its_weight(int seed)
    {
        // Orders are Poisson, each worth a Gamma(2) amount with mean 40: revenue's Pearson dispersion is
        // 40 * (1 + 1/2) = 60. Read as a Poisson count, revenue overstates what it knows 60 times and
        // these histories' curves run to a step or a straight line (shape 5, 5 and 0.5 on seeds 13, 17
        // and 15); with the dispersion the shape and half-saturation stay near the truth's 1.3 and 60.
        var rng = new Random(seed);
        var spend = SyntheticMarketing.VaryingSpend(rng, 400, 50);
        var truth = new ChannelCurve("social", 0.2, 60, 1.3, 0.3);
        var orders = SyntheticMarketing.Poisson(rng, SyntheticMarketing.Expected([truth], [spend], 30, 0));
        var revenue = orders.Select(n => Enumerable.Range(0, (int)n).Sum(_ => MathNet.Numerics.Distributions.Gamma.Sample(rng, 2, 2.0 / 40))).ToArray();
        var history = new MarketingHistory(SyntheticMarketing.Start, MarketingOutcome.Revenue, revenue, ["social"], [spend], 1);

        var model = ResponseCurveFitter.Fit(history, Quick);
        var fitted = model.Channel("social").Curve;

        Assert.InRange(model.Dispersion, 45, 75);
        Assert.InRange(fitted.Shape, 0.7, 2.5);
        Assert.InRange(fitted.HalfSaturation, 25, 150);
    }

    [Fact]
    public void A_channel_that_is_never_paused_says_its_response_is_extrapolated()
    {
        var rng = new Random(6);
        var alwaysOn = SyntheticMarketing.VaryingSpend(rng, 300, 50).Select(s => s + 20).ToArray();

        var model = ResponseCurveFitter.Fit(History(300, ("search", alwaysOn)), Quick);

        Assert.Contains(model.Channel("search").Warnings, w => w.Contains("never paused", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_short_a_history_and_bad_options_are_rejected()
    {
        var rng = new Random(3);
        var shortHistory = History(40, ("a", SyntheticMarketing.VaryingSpend(rng, 40, 50)));
        var history = History(120, ("a", SyntheticMarketing.VaryingSpend(rng, 120, 50)));

        var tooShort = Assert.Throws<ArgumentException>(() => ResponseCurveFitter.Fit(shortHistory, Quick));
        var badOption = Assert.Throws<ArgumentException>(() => ResponseCurveFitter.Fit(history, Quick with { IntervalLevel = 1.5 }));

        Assert.Contains("at least 56", tooShort.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(ResponseCurveOptions.IntervalLevel), badOption.ParamName);
    }

    [Fact]
    public void Roas_and_marginal_roas_follow_from_the_curve_at_current_spend()
    {
        var rng = new Random(9);
        var model = ResponseCurveFitter.Fit(History(300, ("a", SyntheticMarketing.VaryingSpend(rng, 300, 50))), Quick);

        var channel = model.Channel("a");
        var curve = model.RevenueCurve("a");
        Assert.Equal(curve.Value(channel.CurrentDailySpend) / channel.CurrentDailySpend, channel.Roas!.Value, 9);
        Assert.Equal(curve.Slope(channel.CurrentDailySpend), channel.MarginalRoas.Value, 9);
        Assert.Equal(model.BaselineDailyOutcome * channel.Curve.RelativeLift(channel.CurrentDailySpend), channel.DailyResponse.Value, 9);
    }
}
