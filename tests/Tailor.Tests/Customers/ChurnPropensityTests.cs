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
        var evaluation = ChurnPropensity.Evaluate(ChurnHistory.From(fixture.Shop.Orders, fixture.Shop.Events), Day(545), new ChurnOptions());
        foreach (var quality in new[] { evaluation.Boosted, evaluation.Recency, evaluation.BgNbd })
        {
            output.WriteLine($"{quality.Name}: AUC {quality.Auc:F3}, log-loss {quality.LogLoss:F3}");
        }

        output.WriteLine($"{evaluation.TrainingRows} training rows and {evaluation.TestCustomers} test customers, churn rate {evaluation.TestChurnRate:P1}");
        Assert.True(evaluation.TrainingRows > evaluation.TestCustomers, "stacked cut-offs give more rows than one cut-off has customers");
        Assert.InRange(evaluation.TestChurnRate, 0.1, 0.9);

        // All three must rank churners well above chance. Simulated customers keep visiting the site
        // until they drop out, which BG/NBD cannot see and the trees read from the events: they must win.
        Assert.True(evaluation.Recency.Auc > 0.65, $"recency AUC {evaluation.Recency.Auc:F3}");
        Assert.True(evaluation.BgNbd.Auc > 0.65, $"BG/NBD AUC {evaluation.BgNbd.Auc:F3}");
        Assert.True(evaluation.Boosted.Auc > Math.Max(evaluation.Recency.Auc, evaluation.BgNbd.Auc) + 0.005, $"trees AUC {evaluation.Boosted.Auc:F3}");
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
        var history = ChurnHistory.From(fixture.Shop.Orders, fixture.Shop.Events);
        var first = ChurnPropensity.Train(history, Day(490), options).Score(history, Day(600));
        var second = ChurnPropensity.Train(history, Day(490), options).Score(history, Day(600));
        Assert.Equal(first.Select(s => (s.CustomerId, s.ChurnProbability)), second.Select(s => (s.CustomerId, s.ChurnProbability)));
        Assert.Equal(first.SelectMany(s => s.Drivers), second.SelectMany(s => s.Drivers));
        Assert.All(first, s => Assert.InRange(s.ChurnProbability, 0, 1));
    }

    [Fact]
    public void Rejects_cut_offs_that_would_leak_or_that_the_data_does_not_cover()
    {
        var options = new ChurnOptions();
        var history = ChurnHistory.From(fixture.Shop.Orders);
        Assert.Contains("data ends", Assert.Throws<ArgumentException>(() => ChurnPropensity.Evaluate(history, Day(700), options)).Message, StringComparison.Ordinal);
        Assert.Contains("data ends", Assert.Throws<ArgumentException>(() => ChurnPropensity.Train(history, Day(800), options)).Message, StringComparison.Ordinal);
        Assert.Contains("four weeks", Assert.Throws<ArgumentException>(() => ChurnPropensity.Train(history, Day(40), options)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ChurnPropensity.Train(history, Day(300), options with { HorizonDays = 1 }));
        Assert.Throws<ArgumentException>(() => ChurnPropensity.Train(history, Day(300), options with { MinimumHorizonDays = 120 }));
    }

    [Fact]
    public void Drivers_name_features_that_raise_the_risk()
    {
        var history = ChurnHistory.From(fixture.Shop.Orders, fixture.Shop.Events);
        var scores = ChurnPropensity.Train(history, Day(640), new ChurnOptions()).Score(history, Day(640));
        var riskiest = scores.OrderByDescending(s => s.ChurnProbability).Take(scores.Count / 10).ToList();

        Assert.All(riskiest, s =>
        {
            Assert.NotEmpty(s.Drivers);
            Assert.True(s.Drivers.Count <= ChurnModel.DriverCount);
            Assert.All(s.Drivers, d => Assert.Contains(d.Feature, ChurnModel.Features));
            Assert.All(s.Drivers, d => Assert.True(d.Contribution > 0));
            Assert.Equal(s.Drivers.OrderByDescending(d => d.Contribution), s.Drivers);
        });

        // A customer whose risk is driven by a long silence has been silent longer than the typical customer.
        var silence = "days since last activity";
        var driven = riskiest.Select(s => s.Drivers.FirstOrDefault(d => d.Feature == silence)).OfType<ChurnDriver>().ToList();
        Assert.True(driven.Count > riskiest.Count / 4, $"{driven.Count} of {riskiest.Count} at-risk customers name their silence");
        Assert.True(Median(driven.Select(d => d.Value)) > 90, $"median silence of those customers {Median(driven.Select(d => d.Value)):F0} days");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}
