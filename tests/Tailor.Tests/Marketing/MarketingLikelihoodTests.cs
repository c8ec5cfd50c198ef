using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

public class MarketingLikelihoodTests
{
    [Theory]
    [InlineData(0.0, false)]
    [InlineData(1.0, false)]
    [InlineData(1.0, true)]
    public void The_analytic_gradient_matches_central_differences(double priorWeight, bool liftTests)
    {
        var rng = new Random(3);
        const int days = 120;
        var spend = new[] { SyntheticMarketing.VaryingSpend(rng, days, 1), SyntheticMarketing.VaryingSpend(rng, days, 1) };
        var outcome = Enumerable.Range(0, days).Select(_ => (double)rng.Next(20, 60)).ToArray();
        var events = new string?[days];
        events[30] = "sale";
        var design = BaselineDesign.Build(SyntheticMarketing.Start, days, 45, 0, events, 0);
        var weight = Enumerable.Repeat(1.0, days).ToArray();
        weight[0] = 0;
        LiftEvidence[]? lifts = liftTests ? [new(0, 40, 67, 6, 1.5), new(1, 90, 100, 2, 0.7)] : null;
        var likelihood = new MarketingLikelihood(design, outcome, weight, spend, priorWeight, lifts, liftTests ? 2.5 : 1);
        var point = Enumerable.Range(0, likelihood.Dimension).Select(_ => (rng.NextDouble() - 0.5) * 0.8).ToArray();
        for (var j = 0; j < design.TrendColumns; j++)
        {
            point[j] += Math.Log(40);
        }

        var gradient = new double[point.Length];
        likelihood.Evaluate(point, gradient);
        var scratch = new double[point.Length];
        for (var j = 0; j < point.Length; j++)
        {
            const double h = 1e-6;
            var up = (double[])point.Clone();
            var down = (double[])point.Clone();
            up[j] += h;
            down[j] -= h;
            var numeric = (likelihood.Evaluate(up, scratch) - likelihood.Evaluate(down, scratch)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-6 + (1e-5 * Math.Abs(numeric)), $"coordinate {j}: analytic {gradient[j]}, numeric {numeric}");
        }
    }

    [Fact]
    public void The_design_has_trend_weekday_season_and_event_columns()
    {
        var events = new string?[800];
        events[100] = "Black Friday";
        events[465] = "Black Friday";
        events[200] = "Boxing Day";

        var design = BaselineDesign.Build(new DateOnly(2024, 1, 1), 800, 91, 3, events, 0);

        Assert.Equal(10, design.TrendColumns); // ceil(799 / 91) + 1 knots
        Assert.Equal(6, design.WeekdayColumns);
        Assert.Equal(6, design.YearlyColumns);
        Assert.Equal(["Black Friday", "Boxing Day"], design.Events);
        Assert.Equal(10 + 6 + 6 + 2, design.Columns);
        for (var t = 0; t < 800; t++)
        {
            // The hats of a day add up to one: together they are the intercept.
            var row = design.Values.AsSpan(t * design.Columns, design.TrendColumns).ToArray();
            Assert.Equal(1, row.Sum(), 12);
        }

        // Monday 2024-01-01 has +1 in the Monday column; Sunday 2024-01-07 has -1 in every weekday column.
        Assert.Equal(1, design.Values[design.TrendColumns]);
        Assert.All(Enumerable.Range(0, 6), d => Assert.Equal(-1, design.Values[(6 * design.Columns) + design.TrendColumns + d]));
        Assert.Equal(1, design.Values[(465 * design.Columns) + design.Columns - 2]);
    }
}
