using Tailor.Customers;
using Tailor.Tests.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Customers;

[Collection(SimulatedShopCollection.Name)]
public class ChurnPropensityTests(SimulatedShopFixture fixture, ITestOutputHelper output)
{
    private DateTimeOffset Day(int day) => new(fixture.Options.Start.AddDays(day).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    [Fact]
    public void Boosted_trees_are_reported_next_to_both_baselines_on_a_later_cut_off()
    {
        var evaluation = ChurnPropensity.Evaluate(fixture.Shop.Orders, Day(365), Day(545), new ChurnOptions());
        foreach (var quality in new[] { evaluation.Boosted, evaluation.Recency, evaluation.BgNbd })
        {
            output.WriteLine($"{quality.Name}: AUC {quality.Auc:F3}, log-loss {quality.LogLoss:F3}");
        }

        output.WriteLine($"{evaluation.TrainCustomers} training and {evaluation.TestCustomers} test customers, churn rate {evaluation.TestChurnRate:P1}");
        Assert.True(evaluation.TestCustomers > evaluation.TrainCustomers);
        Assert.InRange(evaluation.TestChurnRate, 0.1, 0.9);

        // All three must rank churners well above chance; the trees see recency and BG/NBD's
        // outputs, so they should not be clearly worse than either.
        Assert.True(evaluation.Recency.Auc > 0.65, $"recency AUC {evaluation.Recency.Auc:F3}");
        Assert.True(evaluation.BgNbd.Auc > 0.65, $"BG/NBD AUC {evaluation.BgNbd.Auc:F3}");
        Assert.True(evaluation.Boosted.Auc > Math.Max(evaluation.Recency.Auc, evaluation.BgNbd.Auc) - 0.03, $"trees AUC {evaluation.Boosted.Auc:F3}");
        Assert.Null(evaluation.Recency.LogLoss);

        // A calibrated model beats always predicting the churn rate (log-loss of the base rate).
        var rate = evaluation.TestChurnRate;
        var baseRate = -((rate * Math.Log(rate)) + ((1 - rate) * Math.Log(1 - rate)));
        Assert.True(evaluation.Boosted.LogLoss < baseRate, $"log-loss {evaluation.Boosted.LogLoss:F3} vs base rate {baseRate:F3}");
    }

    [Fact]
    public void Same_seed_gives_the_same_scores()
    {
        var options = new ChurnOptions { NumberOfTrees = 30 };
        var first = ChurnPropensity.Train(fixture.Shop.Orders, Day(400), options).Score(fixture.Shop.Orders, Day(600));
        var second = ChurnPropensity.Train(fixture.Shop.Orders, Day(400), options).Score(fixture.Shop.Orders, Day(600));
        Assert.Equal(first, second);
        Assert.All(first, s => Assert.InRange(s.ChurnProbability, 0, 1));
    }

    [Fact]
    public void Rejects_cut_offs_that_would_leak_or_that_the_data_does_not_cover()
    {
        var options = new ChurnOptions();
        Assert.Contains("at least 90 days", Assert.Throws<ArgumentException>(() => ChurnPropensity.Evaluate(fixture.Shop.Orders, Day(365), Day(400), options)).Message, StringComparison.Ordinal);
        Assert.Contains("data ends", Assert.Throws<ArgumentException>(() => ChurnPropensity.Train(fixture.Shop.Orders, Day(700), options)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ChurnPropensity.Train(fixture.Shop.Orders, Day(300), options with { HorizonDays = 1 }));
    }
}
