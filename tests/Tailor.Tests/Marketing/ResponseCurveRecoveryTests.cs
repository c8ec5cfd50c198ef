using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

/// <summary>Parameter recovery where the data follow the fitter's own model exactly.</summary>
public class ResponseCurveRecoveryTests
{
    private static readonly ChannelCurve[] Truth =
    [
        new("search", Lift: 0.25, HalfSaturation: 80, Shape: 0.9, AdstockDecay: 0.3),
        new("social", Lift: 0.20, HalfSaturation: 60, Shape: 1.6, AdstockDecay: 0.6),
        new("video", Lift: 0.15, HalfSaturation: 120, Shape: 2.5, AdstockDecay: 0.5),
    ];

    private static readonly double[] Typical = [70, 50, 110];

    private static (MarketingHistory History, double[] Mu) Simulate(int seed, int days, double baseline)
    {
        var rng = new Random(seed);
        var spend = Typical.Select(t => SyntheticMarketing.VaryingSpend(rng, days, t)).ToArray();
        var mu = SyntheticMarketing.Expected(Truth, spend, baseline, growthPerYear: 0.3);
        var y = SyntheticMarketing.Poisson(rng, mu);
        return (new MarketingHistory(SyntheticMarketing.Start, MarketingOutcome.Orders, y, Truth.Select(c => c.Channel).ToArray(), spend, 40), mu);
    }

    [Fact]
    public void Curves_adstock_and_baseline_are_recovered_from_data_of_the_model_itself()
    {
        var (history, _) = Simulate(seed: 5, days: 600, baseline: 400);

        var model = ResponseCurveFitter.Fit(history, new ResponseCurveOptions { BootstrapReplicates = 0 });

        Assert.True(model.Converged);
        Assert.False(model.YearlySeason); // 600 days are too few to tell a season from the trend
        Assert.InRange(model.BaselineDailyOutcome / SyntheticMarketing.PlanningBaseline(400, 0.3), 0.95, 1.05);
        var problems = new List<string>();
        for (var c = 0; c < Truth.Length; c++)
        {
            var fitted = model.Channel(Truth[c].Channel);
            var name = Truth[c].Channel;
            Assert.True(fitted.Identified, string.Join(" ", fitted.Warnings));

            // Steady-state lift at the typical spend within 15 %; at half and double of it within 25 % of
            // the lift at typical spend (an S-curve's lift at half spend is too small for a relative test).
            var typical = Truth[c].RelativeLift(Typical[c]);
            Check(problems, $"{name} lift at typical", fitted.Curve.RelativeLift(Typical[c]), typical, 0.15 * typical);
            Check(problems, $"{name} lift at half", fitted.Curve.RelativeLift(Typical[c] / 2), Truth[c].RelativeLift(Typical[c] / 2), 0.25 * typical);
            Check(problems, $"{name} lift at double", fitted.Curve.RelativeLift(2 * Typical[c]), Truth[c].RelativeLift(2 * Typical[c]), 0.25 * typical);
            Check(problems, $"{name} adstock decay", fitted.Curve.AdstockDecay, Truth[c].AdstockDecay, 0.1);
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private static void Check(List<string> problems, string what, double fitted, double truth, double tolerance)
    {
        if (Math.Abs(fitted - truth) > tolerance)
        {
            problems.Add($"{what}: fitted {fitted:F4}, true {truth:F4}, tolerance {tolerance:F4}");
        }
    }

    [Fact]
    public void The_bootstrap_interval_covers_the_true_response_for_most_channels()
    {
        var (history, _) = Simulate(seed: 8, days: 500, baseline: 250);

        var model = ResponseCurveFitter.Fit(history, new ResponseCurveOptions { BootstrapReplicates = 40 });

        var planning = SyntheticMarketing.PlanningBaseline(250, 0.3);
        var covered = Truth.Count(t =>
        {
            var interval = model.DailyResponseInterval(t.Channel, Typical[Array.IndexOf(Truth, t)]);
            var truth = planning * t.RelativeLift(Typical[Array.IndexOf(Truth, t)]);
            return interval.Lower <= truth && truth <= interval.Upper;
        });
        Assert.Equal(40, model.Draws.Count);
        Assert.True(covered >= 2, $"only {covered} of 3 intervals cover the truth");
        Assert.All(model.Channels, c => Assert.True(c.DailyResponse.Lower < c.DailyResponse.Upper));
    }

    [Fact]
    public void The_same_seed_gives_the_same_curves_and_draws()
    {
        var (history, _) = Simulate(seed: 2, days: 200, baseline: 150);
        var options = new ResponseCurveOptions { BootstrapReplicates = 4, Starts = 3 };

        var first = ResponseCurveFitter.Fit(history, options);
        var second = ResponseCurveFitter.Fit(history, options);

        Assert.Equal(first.BaselineDailyOutcome, second.BaselineDailyOutcome);
        Assert.Equal(first.Channels.Select(c => c.Curve), second.Channels.Select(c => c.Curve));
        Assert.Equal(first.Draws.SelectMany(d => d.Curves), second.Draws.SelectMany(d => d.Curves));
    }
}
