using Tailor.Simulation;

namespace Tailor.Tests.Simulation;

[Collection(SimulatedShopCollection.Name)]
public class MarketingTruthTests(SimulatedShopFixture fixture)
{
    [Fact]
    public void The_true_lifts_follow_from_the_exported_spend_rows()
    {
        // A model sees only the spend rows; the truth must be exactly what those rows imply.
        var truth = fixture.Truth;
        var days = fixture.Options.Days;
        for (var c = 0; c < truth.Channels.Count; c++)
        {
            var channel = truth.Channels[c];
            var spend = new double[days];
            foreach (var row in fixture.Shop.Spend.Where(s => s.Channel == channel.Name))
            {
                spend[row.Date.DayNumber - fixture.Options.Start.DayNumber] = (double)row.Amount;
            }

            var adstock = new double[days];
            channel.Adstock(spend, adstock);
            for (var day = 0; day < days; day++)
            {
                Assert.Equal(truth.Days[day].ChannelLifts[c], channel.Lift(adstock[day]), 9);
            }
        }

        Assert.All(truth.Days, d => Assert.Equal(d.ChannelLifts.Sum(), d.MarketingLift, 9));
    }

    [Fact]
    public void Days_with_more_adstocked_spend_have_proportionally_more_orders()
    {
        // orders / baseline - 1 regressed on the lift should give a slope near 1.
        var truth = fixture.Truth;
        var orders = fixture.OrdersPerDay(includeEmail: false);
        var lift = truth.Days.Select(d => d.MarketingLift).ToList();
        var relative = truth.Days.Select((d, i) => (orders[i] / d.BaselineOrders) - 1).ToList();
        var slope = Stats.Slope(lift, relative);
        Assert.InRange(slope, 0.6, 1.4);
        Assert.InRange(lift.Average(), 0.1, 0.6);

        // Without the truth's baseline: days in the top lift quartile out-sell the bottom quartile of the same season.
        var seasonal = truth.Days.Select((d, i) => orders[i] / d.Seasonality).ToList();
        var ranked = Enumerable.Range(0, lift.Count).Where(i => i >= 60).OrderBy(i => lift[i]).ToList();
        var quarter = ranked.Count / 4;
        var low = ranked.Take(quarter).Average(i => seasonal[i]);
        var high = ranked.Skip(ranked.Count - quarter).Average(i => seasonal[i]);
        Assert.True(high > 1.05 * low, $"high-lift days {high:F1} vs low-lift days {low:F1}");
    }

    [Fact]
    public void Spend_histories_vary_enough_to_identify_the_curves()
    {
        var truth = fixture.Truth;
        var rows = fixture.Shop.Spend.ToDictionary(s => (s.Channel, s.Date), s => (double)s.Amount);
        foreach (var channel in truth.Channels)
        {
            var amounts = Enumerable.Range(0, fixture.Options.Days)
                .Select(d => rows.GetValueOrDefault((channel.Name, fixture.Options.Start.AddDays(d))))
                .ToList();
            var mean = amounts.Average();
            var sd = Math.Sqrt(amounts.Average(a => (a - mean) * (a - mean)));
            Assert.True(sd / mean > 0.2, $"{channel.Name}: coefficient of variation {sd / mean:F2}");
            var adstock = new double[amounts.Count];
            channel.Adstock(amounts.ToArray(), adstock);
            var active = adstock.Where(a => a > 1).ToList();
            Assert.True(active.Min() < 0.5 * channel.HalfSaturation || active.Max() > 1.5 * channel.HalfSaturation);
        }

        Assert.Contains(truth.Channels, c => fixture.Shop.Spend.Count(s => s.Channel == c.Name) < fixture.Options.Days / 2);
    }

    [Fact]
    public void Platforms_over_claim_their_conversions_by_their_reporting_factor()
    {
        var truth = fixture.Truth;
        for (var c = 0; c < truth.Channels.Count; c++)
        {
            var channel = truth.Channels[c];
            var rows = fixture.Shop.Spend.Where(s => s.Channel == channel.Name).ToList();
            var claimed = rows.Sum(r => r.Conversions!.Value);
            var real = rows.Sum(r => truth.Day(r.Date).BaselineOrders * truth.Day(r.Date).ChannelLifts[c]);
            Assert.InRange(claimed / real, 0.8 * channel.ReportedConversionFactor, 1.25 * channel.ReportedConversionFactor);
        }

        Assert.Contains(truth.Channels, c => c.ReportedConversionFactor > 1.2);
    }

    [Fact]
    public void The_steady_state_response_has_the_documented_shape()
    {
        var truth = fixture.Truth;
        var concave = truth.Channels.First(c => c.Shape <= 1);
        var sShaped = truth.Channels.First(c => c.Shape > 1);
        foreach (var channel in new[] { concave, sShaped })
        {
            Assert.Equal(0, truth.ExpectedIncrementalDailyOrders(channel.Name, 0));
            Assert.Equal(channel.MaxLift / 2, channel.SteadyStateLift(channel.HalfSaturation), 12);
            Assert.True(channel.SteadyStateLift(1e9) < channel.MaxLift + 1e-9);
            var previous = 0.0;
            for (var spend = 10.0; spend <= 500; spend += 10)
            {
                var orders = truth.ExpectedIncrementalDailyOrders(channel.Name, spend);
                Assert.True(orders > previous);
                previous = orders;
            }

            Assert.Equal(
                truth.ExpectedIncrementalDailyOrders(channel.Name, 80) * truth.AverageOrderValue,
                truth.ExpectedIncrementalDailyRevenue(channel.Name, 80),
                9);
        }

        // Concave: every extra euro buys less. S-shaped: the second small step buys more than the first.
        Assert.True(Marginal(truth, concave, 5) > Marginal(truth, concave, 10));
        Assert.True(Marginal(truth, sShaped, 5) < Marginal(truth, sShaped, 10));
        Assert.InRange(truth.PlanningBaselineDailyOrders, 10, 60);
    }

    [Fact]
    public void Channel_adstock_is_normalised_so_a_steady_spend_settles_at_itself()
    {
        var channel = new MarketingChannel("test", 0.6, 100, 2, 0.3, 50, SpendPattern.AlwaysOn, 5, 0.01, 1);
        var spend = Enumerable.Repeat(40.0, 200).ToArray();
        var adstock = new double[spend.Length];
        channel.Adstock(spend, adstock);
        Assert.Equal(40 * 0.4, adstock[0], 12);
        Assert.Equal(40, adstock[^1], 9);
        Assert.Equal(0.3 * 1600 / (10_000 + 1600), channel.Lift(40), 12);
        Assert.Throws<ArgumentException>(() => channel.Adstock(spend, new double[10]));
    }

    private static double Marginal(SimulationGroundTruth truth, MarketingChannel channel, double step)
    {
        var spend = channel.HalfSaturation * step / 100;
        var width = channel.HalfSaturation / 100;
        return truth.ExpectedIncrementalDailyOrders(channel.Name, spend + width) - truth.ExpectedIncrementalDailyOrders(channel.Name, spend);
    }
}
