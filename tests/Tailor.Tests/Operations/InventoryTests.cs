using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>Inventory formulas against shared/REFERENCE-VALUES.md and hand calculations.</summary>
public sealed class InventoryTests
{
    [Fact]
    public void Eoq_matches_the_reference()
    {
        // sqrt(2 x 8 x 1300 / 0.225) = sqrt(92444.44) = 304.0468.
        Approx.Absolute(304.0468, InventoryMath.EconomicOrderQuantity(8, 0.225, 1300), 5e-5);
    }

    [Fact]
    public void Newsvendor_matches_the_reference()
    {
        // Critical ratio 0.70 / 0.88 = 0.7955; z = 0.8255; 50 + 8 z = 56.6040.
        Approx.Absolute(0.7954545, InventoryMath.CriticalRatio(0.18, 0.70), 1e-7);
        Approx.Absolute(56.6040, InventoryMath.NewsvendorQuantity(0.18, 0.70, 50, 8), 5e-5);
    }

    [Fact]
    public void Poisson_newsvendor_stops_at_the_first_quantile_above_the_ratio()
    {
        // Poisson(2): P(D <= 2) = 0.6767, P(D <= 3) = 0.8571. Ratio 0.75 needs S = 3; ratio 0.6 needs 2.
        Assert.Equal(3, InventoryMath.NewsvendorQuantityPoisson(0.25, 0.75, 2));
        Assert.Equal(2, InventoryMath.NewsvendorQuantityPoisson(0.4, 0.6, 2));
        Assert.Equal(0, InventoryMath.NewsvendorQuantityPoisson(1, 1, 0));
    }

    [Fact]
    public void Safety_stock_is_z_times_the_protection_spread()
    {
        // z(0.95) = 1.644854. With a varying lead time: sqrt(4 x 3^2 + 10^2 x 1^2) = sqrt(136).
        Approx.Absolute(16.44854, InventoryMath.SafetyStock(0.95, 10), 1e-5);
        Approx.Absolute(1.644854 * Math.Sqrt(136), InventoryMath.SafetyStock(0.95, 10, 3, 4, 1), 1e-5);
        Assert.Equal(116.44854, InventoryMath.ReorderPoint(100, InventoryMath.SafetyStock(0.95, 10)), 5);
    }

    [Fact]
    public void A_plan_sums_the_forecast_over_lead_time_and_review_period()
    {
        // Ten periods of mean 10 with per-period sd 2 (95% half-width 1.96 x 2). Lead time 4, review 1:
        // lead-time demand 40 +/- 4, protection demand 50 +/- sqrt(20); z(0.9) = 1.281552.
        double[] mean = [.. Enumerable.Repeat(10.0, 10)];
        double[] sd = [.. Enumerable.Repeat(2.0, 10)];
        ForecastResult forecast = new()
        {
            Model = "test",
            Point = [.. mean],
            Lower80 = [.. mean.Select(m => m - (1.2815515655446004 * 2))],
            Upper80 = [.. mean.Select(m => m + (1.2815515655446004 * 2))],
            Lower95 = [.. mean.Select(m => m - (1.959963984540054 * 2))],
            Upper95 = [.. mean.Select(m => m + (1.959963984540054 * 2))],
        };
        var options = new InventoryPolicyOptions
        {
            LeadTime = 4,
            ReviewPeriod = 1,
            CycleServiceLevel = 0.9,
            OrderingCost = 8,
            HoldingCostPerUnitPerPeriod = 0.5,
        };

        InventoryPlan plan = InventoryPolicy.Plan(forecast, options);

        Approx.Absolute(40, plan.LeadTimeDemand.Mean, 1e-9);
        Approx.Absolute(4, plan.LeadTimeDemand.StandardDeviation, 1e-9);
        Approx.Absolute(Math.Sqrt(20), plan.ProtectionDemand.StandardDeviation, 1e-9);
        Approx.Absolute(1.281552 * Math.Sqrt(20), plan.SafetyStock, 1e-5);
        Approx.Absolute(40 + (1.281552 * 4), plan.ReorderPoint, 1e-5);
        Approx.Absolute(50 + plan.SafetyStock, plan.OrderUpToLevel, 1e-9);
        Approx.Absolute(Math.Sqrt(2 * 8 * 10 / 0.5), plan.EconomicOrderQuantity!.Value, 1e-9);
        Approx.Absolute(plan.OrderUpToLevel - 20, plan.SuggestedOrder(20), 1e-9);
        Assert.Equal(0, plan.SuggestedOrder(1000));
    }

    [Fact]
    public void A_plan_needs_a_forecast_covering_the_protection_period()
    {
        ForecastResult forecast = new NaiveForecaster().Fit([1, 2, 3, 4], 1).Forecast(3);

        ArgumentException e = Assert.Throws<ArgumentException>(() => InventoryPolicy.Plan(forecast, new InventoryPolicyOptions { LeadTime = 3, ReviewPeriod = 2 }));
        Assert.Contains("covers 3 periods", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    public void Service_levels_outside_zero_to_one_are_rejected(double level) =>
        Assert.Throws<ArgumentException>(() => InventoryMath.SafetyStock(level, 10));

    [Fact]
    public void Negative_costs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => InventoryMath.EconomicOrderQuantity(8, 0, 1300));
        Assert.Throws<ArgumentException>(() => InventoryMath.EconomicOrderQuantity(-1, 0.2, 1300));
        Assert.Throws<ArgumentException>(() => InventoryMath.NewsvendorQuantity(-0.1, 0.7, 50, 8));
    }
}
