using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

/// <summary>
/// Curves and plans on the simulator, whose true curves are known. Tolerances are what two years of a
/// shop with about 350 orders a day support; tighter ones hold when the data follow the model exactly
/// (<see cref="ResponseCurveRecoveryTests"/>).
/// </summary>
public class SimulatedMarketingTests(MarketingScenarioFixture fixture) : IClassFixture<MarketingScenarioFixture>
{
    [Fact]
    public void Fitted_curves_recover_the_true_curves_within_the_stated_tolerances()
    {
        var model = fixture.Model;
        var truth = fixture.Truth;
        var problems = new List<string>();

        // The planning baseline within 10 % (the truth's "ordinary day" and the fit's differ slightly in definition).
        var baseline = model.BaselineDailyOutcome / truth.PlanningBaselineDailyOrders;
        if (Math.Abs(baseline - 1) > 0.1)
        {
            problems.Add($"baseline ratio {baseline:F3}");
        }

        double fittedTotal = 0, trueTotal = 0;
        foreach (var channel in model.Channels.Where(c => c.Identified))
        {
            var real = truth.Channel(channel.Channel);

            // Steady-state response at the channel's typical spend within 35 %, adstock decay within 0.25.
            var fitted = model.DailyResponse(channel.Channel, real.TypicalDailySpend);
            var expected = truth.ExpectedIncrementalDailyOrders(channel.Channel, real.TypicalDailySpend);
            if (Math.Abs((fitted / expected) - 1) > 0.35)
            {
                problems.Add($"{channel.Channel}: response at typical spend {fitted:F2}, true {expected:F2}");
            }

            if (Math.Abs(channel.Curve.AdstockDecay - real.AdstockDecay) > 0.25)
            {
                problems.Add($"{channel.Channel}: adstock decay {channel.Curve.AdstockDecay:F2}, true {real.AdstockDecay:F2}");
            }

            fittedTotal += model.DailyResponse(channel.Channel, channel.HistoricalDailySpend);
            trueTotal += truth.ExpectedIncrementalDailyOrders(channel.Channel, channel.HistoricalDailySpend);
        }

        // What the identified channels bought together at their historical spend, within 15 %.
        if (Math.Abs((fittedTotal / trueTotal) - 1) > 0.15)
        {
            problems.Add($"total response at historical spend {fittedTotal:F1}, true {trueTotal:F1}");
        }

        Assert.True(model.Channels.Count(c => c.Identified) >= 4, "the four two-weekly channels are identified");
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void The_weekly_print_channel_is_flagged_as_not_identified()
    {
        var print = fixture.Model.Channel("print");

        Assert.False(print.Identified);
        Assert.Contains(print.Warnings, w => w.Contains("distinct level", StringComparison.Ordinal));
    }

    [Fact]
    public void Bootstrap_intervals_cover_the_true_response_of_most_channels()
    {
        var identified = fixture.Model.Channels.Where(c => c.Identified).ToList();
        var covered = identified.Count(c =>
        {
            var typical = fixture.Truth.Channel(c.Channel).TypicalDailySpend;
            var interval = fixture.Model.DailyResponseInterval(c.Channel, typical);
            var truth = fixture.Truth.ExpectedIncrementalDailyOrders(c.Channel, typical);
            return interval.Lower <= truth && truth <= interval.Upper;
        });

        Assert.Equal(ResponseCurveDefaults.BootstrapReplicates, fixture.Model.Draws.Count);
        Assert.True(covered >= identified.Count - 1, $"{covered} of {identified.Count} 90 % intervals cover the truth");
    }

    [Fact]
    public void The_plan_reaches_95_percent_of_the_true_optimum_and_beats_the_historical_and_equal_splits()
    {
        // Same money as the shop spent a day on average, split by the fitted curves; every split is
        // then scored with the TRUE curves: profit = margin x incremental revenue - spend.
        var model = fixture.Model;
        var truth = fixture.TrueCurves();
        var historical = model.Channels.Select(c => c.HistoricalDailySpend).ToArray();
        var budget = historical.Sum();
        var plan = BudgetPlanner.Plan(model, new AllocationOptions { Budget = budget * 30, HorizonDays = 30 });
        var planned = plan.Channels.Select(c => c.RecommendedSpend / 30).ToArray();
        var optimal = BudgetAllocator.Allocate(truth, truth.Select(_ => SpendBounds.Free).ToList(), budget).Spend;
        var equal = historical.Select(_ => budget / historical.Length).ToArray();
        double Profit(IReadOnlyList<double> spend) => (fixture.Margin * spend.Select((s, i) => truth[i].Value(s)).Sum()) - spend.Sum();

        Assert.Equal(budget, planned.Sum(), 6);
        Assert.True(Profit(planned) >= 0.95 * Profit(optimal), $"plan {Profit(planned):F1} against true optimum {Profit(optimal):F1}");
        Assert.True(Profit(planned) > Profit(historical), $"plan {Profit(planned):F1} against historical split {Profit(historical):F1}");
        Assert.True(Profit(planned) > Profit(equal), $"plan {Profit(planned):F1} against equal split {Profit(equal):F1}");
    }

    [Fact]
    public void The_max_profit_plan_reaches_95_percent_of_the_true_optimum_and_beats_both_splits_of_its_spend()
    {
        // Target ROAS 1 / margin within three times the historical budget; the true optimum may spend
        // any of it, the historical and equal splits spend what the plan spends.
        var model = fixture.Model;
        var truth = fixture.TrueCurves();
        var historical = model.Channels.Select(c => c.HistoricalDailySpend).ToArray();
        var budget = 3 * historical.Sum();
        var plan = BudgetPlanner.Plan(model, new AllocationOptions { Budget = budget * 30, HorizonDays = 30, Scenario = AllocationScenario.MaxProfit, Margin = fixture.Margin });
        var planned = plan.Channels.Select(c => c.RecommendedSpend / 30).ToArray();
        var optimal = BudgetAllocator.Allocate(truth, truth.Select(_ => SpendBounds.Free).ToList(), budget, 1 / fixture.Margin).Spend;
        var spent = planned.Sum();
        var split = historical.Select(h => h / historical.Sum() * spent).ToArray();
        var equal = historical.Select(_ => spent / historical.Length).ToArray();
        double Profit(IReadOnlyList<double> spend) => (fixture.Margin * spend.Select((s, i) => truth[i].Value(s)).Sum()) - spend.Sum();

        Assert.True(Profit(planned) >= 0.95 * Profit(optimal), $"plan {Profit(planned):F1} against true optimum {Profit(optimal):F1}");
        Assert.True(Profit(planned) > Profit(split), $"plan {Profit(planned):F1} against historical split {Profit(split):F1}");
        Assert.True(Profit(planned) > Profit(equal), $"plan {Profit(planned):F1} against equal split {Profit(equal):F1}");
    }
}
