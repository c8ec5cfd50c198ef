using Tailor.Data;
using Tailor.Marketing;
using Tailor.Tests.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Marketing;

[Collection(SimulatedShopCollection.Name)]
public class FatigueAnalysisTests(SimulatedShopFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Decay_and_unsubscribe_growth_are_recovered_from_sends_with_known_fatigue()
    {
        // Customers with their own open rates get sends at random times; the k-th send within 30
        // days is opened at rate x (1 - 0.08 (k - 1)) and unsubscribed from at 0.002 x 1.6^(k - 1).
        var random = new Random(17);
        var sends = new List<CampaignSend>();
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var c = 0; c < 4000; c++)
        {
            var rate = 0.1 + (0.5 * random.NextDouble());
            var perMonth = 1 + random.Next(6);
            var times = Enumerable.Range(0, perMonth * 12).Select(_ => start.AddDays(365 * random.NextDouble())).Order().ToList();
            for (var i = 0; i < times.Count; i++)
            {
                var k = times.Take(i + 1).Count(t => t > times[i].AddDays(-30));
                sends.Add(new CampaignSend($"M{times[i]:yyyyMMdd}", "email", null, null, $"c{c}", times[i],
                    random.NextDouble() < rate * Math.Max(0, 1 - (0.08 * (k - 1))), false, false,
                    random.NextDouble() < 0.002 * Math.Pow(1.6, k - 1), null));
            }
        }

        var report = FatigueAnalysis.Analyse(sends);
        output.WriteLine($"decay {report.DecayPerSend:F3}, base unsubscribe {report.BaseUnsubscribeRate:F4}, growth {report.UnsubscribeGrowth:F2}, cap {report.RecommendedCap}: {report.Reason}");

        Assert.InRange(report.DecayPerSend, 0.06, 0.10);
        Assert.InRange(report.UnsubscribeGrowth, 1.4, 1.8);
        Assert.InRange(report.BaseUnsubscribeRate, 0.0014, 0.0028);
        Assert.Equal(1, report.Levels[0].RelativeResponse, 12);

        // True curves: response 1 - 0.08 (k - 1) >= 0.8 up to k = 3; unsubscribes 1.6^(k - 1) <= 3 up to k = 3.
        Assert.InRange(report.RecommendedCap!.Value, 2, 4);
    }

    [Fact]
    public void On_the_simulator_the_cap_and_curves_are_close_to_the_true_fatigue()
    {
        var report = FatigueAnalysis.Analyse(fixture.Shop.CampaignSends);
        var email = fixture.Truth.Email;
        foreach (var level in report.Levels)
        {
            output.WriteLine($"k={level.RecentSends}: {level.Sends} sends, relative response {level.RelativeResponse:F3} (fitted {level.FittedRelativeResponse:F3}, true {email.FatigueFactor(level.RecentSends):F3}), unsubscribes {level.UnsubscribeRate:F4} (fitted {level.FittedUnsubscribeRate:F4}, true {email.UnsubscribeProbability(level.RecentSends):F4})");
        }

        output.WriteLine(report.Reason);

        // The true factor is 1 - 0.06 (k - 1); customers who get many sends are mostly the active
        // ones the shop targets, which the customer factors absorb.
        Assert.InRange(report.DecayPerSend, email.FatiguePerSend - 0.03, email.FatiguePerSend + 0.03);
        foreach (var level in report.Levels.Where(l => l.RecentSends <= 4))
        {
            var truth = email.UnsubscribeProbability(level.RecentSends);
            Assert.InRange(level.FittedUnsubscribeRate, truth / 1.6, truth * 1.6);
        }

        // The same limits on the true curves give 3 (the third send's unsubscribe rate is exactly 3 x a lone send's).
        Assert.InRange(report.RecommendedCap!.Value, 2, 4);
    }

    [Fact]
    public void Too_few_sends_give_no_cap_and_say_why()
    {
        var sends = fixture.Shop.CampaignSends.Take(50).ToList();
        var report = FatigueAnalysis.Analyse(sends);

        Assert.Null(report.RecommendedCap);
        Assert.Contains("at least 200 are needed", report.Reason, StringComparison.Ordinal);
        Assert.Null(FatigueAnalysis.Analyse([]).RecommendedCap);
    }
}
