using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

/// <summary>Plans on curves fitted to data of the model itself: one channel with steady spend (not identified), two varied.</summary>
public class BudgetPlannerTests
{
    private static readonly Lazy<ResponseCurveModel> Fitted = new(() =>
    {
        var rng = new Random(12);
        const int days = 300;
        var spend = new[] { SyntheticMarketing.VaryingSpend(rng, days, 60), SyntheticMarketing.VaryingSpend(rng, days, 40), Enumerable.Repeat(30.0, days).ToArray() };
        var curves = new[] { new ChannelCurve("search", 0.25, 70, 0.9, 0.3), new ChannelCurve("social", 0.2, 50, 1.5, 0.5), new ChannelCurve("steady", 0.1, 40, 1, 0.2) };
        var mu = SyntheticMarketing.Expected(curves, spend, 200, 0);
        var history = new MarketingHistory(SyntheticMarketing.Start, MarketingOutcome.Orders, SyntheticMarketing.Poisson(rng, mu), ["search", "social", "steady"], spend, 50);
        return ResponseCurveFitter.Fit(history, new ResponseCurveOptions { BootstrapReplicates = 8, Starts = 3 });
    });

    private static ResponseCurveModel Model => Fitted.Value;

    [Fact]
    public void An_unidentified_channel_keeps_its_historical_share_or_spend_unless_limits_say_otherwise()
    {
        var historical = Model.Channels.Sum(c => c.HistoricalDailySpend);
        var held = BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 3000 });
        var target = BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 1e6, Scenario = AllocationScenario.TargetRoas, TargetRoas = 2 });
        var limited = BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 3000, Maximums = [new SpendLimit("steady", 0, false)] });

        var steady = held.Channels.Single(c => c.Channel == "steady");
        Assert.True(steady.Held);
        Assert.Equal(3000 * 30 / historical, steady.RecommendedSpend, 6); // 30 a day of the historical total
        Assert.Contains(held.Warnings, w => w.Contains("'steady' keeps its historical share", StringComparison.Ordinal));
        Assert.Equal(3000, held.RecommendedSpend, 6);
        // With a target the plan chooses its total: steady keeps its share of it (30 of the historical
        // total a day), within the extrapolation cap (by default its highest week).
        var others = target.Channels.Where(c => c.Channel != "steady").Sum(c => c.RecommendedSpend);
        var share = Math.Min(others * 30 / (historical - 30), AllocationDefaults.MaxExtrapolation * Model.Channel("steady").PeakDailySpend * 30);
        var steadyTarget = target.Channels.Single(c => c.Channel == "steady");
        Assert.True(steadyTarget.Held);
        Assert.Equal(share, steadyTarget.RecommendedSpend, 6);
        Assert.Equal(steadyTarget.RecommendedSpend, steadyTarget.MinSpend, 9);
        Assert.Contains(target.Warnings, w => w.Contains("'steady' keeps its historical share of the planned spend", StringComparison.Ordinal));
        Assert.Equal(0, limited.Channels.Single(c => c.Channel == "steady").RecommendedSpend, 9);
    }

    [Fact]
    public void With_a_target_a_held_channel_keeps_its_share_of_the_profit_optimal_total()
    {
        // Closed form: baseline 100 orders a day worth 10 each, so a lift of 1 is worth 1000 a day. Channel
        // a (identified, Hill shape 1): revenue 1000 * 0.5 * x / (40 + x), slope 20000 / (40 + x)^2. With
        // margin 0.5 profit peaks where the slope is 2: x = sqrt(10000) - 40 = 60. Channel b (not
        // identified) spent 10 a day next to a's 30, a quarter of the total: it keeps a quarter of what
        // the plan spends, b = 60 * 10 / 30 = 20, where its historical amount would have been 10.
        var a = Channel("a", new ChannelCurve("a", 0.5, 40, 1, 0), historical: 30, peak: 45, identified: true);
        var b = Channel("b", new ChannelCurve("b", 0.3, 25, 1, 0), historical: 10, peak: 14, identified: false);
        var model = new ResponseCurveModel(MarketingOutcome.Orders, 10, SyntheticMarketing.Start, SyntheticMarketing.Start.AddDays(364), 100, [a, b], [], 0.9, true, 0.5, 1, [], true, []);

        var plan = BudgetPlanner.Plan(model, new AllocationOptions { Budget = 1e6, Scenario = AllocationScenario.MaxProfit, Margin = 0.5, HorizonDays = 30, MaxExtrapolation = null });
        var capped = BudgetPlanner.Plan(model, new AllocationOptions { Budget = 1e6, Scenario = AllocationScenario.MaxProfit, Margin = 0.5, HorizonDays = 30, MaxExtrapolation = 1 });

        Assert.Equal(60 * 30, plan.Channels[0].RecommendedSpend, 4);
        Assert.Equal(20 * 30, plan.Channels[1].RecommendedSpend, 4);
        Assert.True(plan.Channels[1].Held);
        Assert.Equal(2, plan.Channels[0].MarginalRoas.Value, 6);
        Assert.Equal(80 * 30, plan.RecommendedSpend, 4);
        Assert.Contains(plan.Warnings, w => w.Contains("'b' keeps its historical share of the planned spend", StringComparison.Ordinal));
        // Its share is bounded like any spend: with MaxExtrapolation 1, a stops at its highest week (45 a
        // day), so b's share would be 15, but b stops at its own highest week, 14.
        Assert.Equal(45 * 30, capped.Channels[0].RecommendedSpend, 4);
        Assert.Equal(14 * 30, capped.Channels[1].RecommendedSpend, 4);
        Assert.Contains(capped.Warnings, w => w.Contains("(at most 420.00)", StringComparison.Ordinal));
    }

    private static ChannelResponse Channel(string name, ChannelCurve curve, double historical, double peak, bool identified)
    {
        var point = new Estimate(0, 0, 0);
        return new ChannelResponse(name, curve, historical, historical, peak, 365, identified ? 10 : 2, point, null, point, point, identified,
            identified ? [] : ["Weekly spend visited only 2 distinct level(s); at least 5 are needed to tell the curve's shape."]);
    }

    [Fact]
    public void Relative_limits_and_max_change_scale_the_historical_spend()
    {
        var history = Model.Channels.ToDictionary(c => c.Channel, c => c.HistoricalDailySpend);
        var plan = BudgetPlanner.Plan(Model, new AllocationOptions
        {
            Budget = 30 * history.Values.Sum(),
            MaxChange = 0.2,
            Minimums = [SpendLimit.Parse("social=110%")],
        });

        foreach (var line in plan.Channels)
        {
            var daily = line.RecommendedSpend / 30;
            Assert.InRange(daily, (0.8 * history[line.Channel]) - 1e-6, (1.2 * history[line.Channel]) + 1e-6);
        }

        Assert.True(plan.Channels.Single(c => c.Channel == "social").RecommendedSpend >= (1.1 * history["social"] * 30) - 1e-6);
    }

    [Fact]
    public void Target_roas_and_max_profit_stop_where_the_marginal_return_meets_the_target()
    {
        var target = BudgetPlanner.Plan(Model, new AllocationOptions
        {
            Budget = 1e7, Scenario = AllocationScenario.TargetRoas, TargetRoas = 3, HoldUnidentified = false, MaxExtrapolation = null,
        });
        var profit = BudgetPlanner.Plan(Model, new AllocationOptions
        {
            Budget = 1e7, Scenario = AllocationScenario.MaxProfit, Margin = 0.5, HoldUnidentified = false, MaxExtrapolation = null,
        });

        Assert.Equal(3, target.MarginalRoas, 6);
        Assert.True(target.RecommendedSpend < 1e7);
        Assert.All(target.Channels.Where(c => c.RecommendedSpend > 0), c => Assert.Equal(3, c.MarginalRoas.Value, 4));
        Assert.Equal(2, profit.TargetRoas!.Value, 12); // 1 / margin
        Assert.True(profit.RecommendedSpend > target.RecommendedSpend); // a lower bar buys more
        Assert.NotNull(profit.ExpectedProfit);
        Assert.Equal((0.5 * profit.ExpectedRevenue.Value) - profit.RecommendedSpend, profit.ExpectedProfit!.Value, 6);
    }

    [Fact]
    public void No_channel_is_planned_beyond_its_reach_in_the_history_unless_told()
    {
        var capped = BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 1e6, HoldUnidentified = false });
        var uncapped = BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 1e6, HoldUnidentified = false, MaxExtrapolation = null });

        Assert.All(capped.Channels, c => Assert.Equal(AllocationDefaults.MaxExtrapolation * Model.Channel(c.Channel).PeakDailySpend * 30, c.RecommendedSpend, 6));
        Assert.Contains(capped.Warnings, w => w.Contains("maximums let only", StringComparison.Ordinal));
        Assert.Contains(capped.Warnings, w => w.Contains("'search' stops at its highest weekly spend", StringComparison.Ordinal));
        Assert.DoesNotContain(uncapped.Warnings, w => w.Contains("highest weekly spend", StringComparison.Ordinal));
        Assert.Equal(1e6, uncapped.RecommendedSpend, 3);
    }

    [Fact]
    public void The_plan_reports_intervals_around_the_expected_values()
    {
        var current = Model.Channels.Sum(c => c.CurrentDailySpend) * 30;
        var plan = BudgetPlanner.Plan(Model, new AllocationOptions { Budget = current, HoldUnidentified = false });

        Assert.All(plan.Channels, c =>
        {
            Assert.True(c.ExpectedRevenue.Lower <= c.ExpectedRevenue.Upper);
            Assert.Equal(c.ExpectedResponse.Value * Model.RevenuePerUnit, c.ExpectedRevenue.Value, 6);
        });
        Assert.Equal(plan.Channels.Sum(c => c.ExpectedRevenue.Value), plan.ExpectedRevenue.Value, 6);
        // The current split is one of the splits the plan chose from, on the same curves.
        Assert.Equal(current, plan.CurrentSpend, 6);
        Assert.True(plan.ExpectedResponse.Value >= plan.CurrentResponse.Value - 1e-9);
    }

    [Fact]
    public void Impossible_plans_say_why()
    {
        var unknown = Assert.Throws<ArgumentException>(() => BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 100, Minimums = [new SpendLimit("tv", 5, false)] }));
        var tooMuch = Assert.Throws<ArgumentException>(() => BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 100, Minimums = [new SpendLimit("search", 500, false)] }));
        var crossed = Assert.Throws<ArgumentException>(() => BudgetPlanner.Plan(Model, new AllocationOptions
        {
            Budget = 1000, Minimums = [new SpendLimit("search", 500, false)], Maximums = [new SpendLimit("search", 100, false)],
        }));
        var noTarget = Assert.Throws<ArgumentException>(() => BudgetPlanner.Plan(Model, new AllocationOptions { Budget = 100, Scenario = AllocationScenario.TargetRoas }));

        Assert.Contains("known channels: search, social, steady", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("more than the budget", tooMuch.Message, StringComparison.Ordinal);
        Assert.Contains("at least 500.00 but at most 100.00", crossed.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(AllocationOptions.TargetRoas), noTarget.ParamName);
    }
}
