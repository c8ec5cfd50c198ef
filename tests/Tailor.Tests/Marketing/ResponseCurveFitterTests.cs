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
    public void A_curve_held_up_by_a_parameter_limit_is_not_identified()
    {
        // A true switch at 50 a day (Hill shape 20): the fitted shape can only go to its upper limit (5),
        // so the curve it plans with is the limit's, not the data's.
        var rng = new Random(8);
        var spend = SyntheticMarketing.VaryingSpend(rng, 300, 50);
        var curve = new ChannelCurve("switch", 1.0, 50, 20, 0.0);
        var mu = SyntheticMarketing.Expected([curve], [spend], 100, 0);
        var history = new MarketingHistory(SyntheticMarketing.Start, MarketingOutcome.Orders, SyntheticMarketing.Poisson(rng, mu), ["switch"], [spend], 30);

        var fitted = ResponseCurveFitter.Fit(history, Quick).Channel("switch");

        Assert.True(fitted.Curve.Shape >= 0.99 * 5, $"shape {fitted.Curve.Shape}");
        Assert.Contains(fitted.Warnings, w => w.Contains("parameter limit", StringComparison.Ordinal));
        Assert.False(fitted.Identified);
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
