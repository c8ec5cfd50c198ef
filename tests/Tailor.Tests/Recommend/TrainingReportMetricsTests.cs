using Tailor.Recommend.Evaluation;
using Tailor.Recommend.Training;
using Tailor.Simulation;

namespace Tailor.Tests.Recommend;

public sealed class TrainingReportMetricsTests
{
    [Fact]
    public void Training_records_every_metric_at_ten_for_the_blend_and_each_algorithm_and_the_blend_scores_what_selection_saw()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 200, Items = 60, Days = 180, Seed = 7 });

        var (_, report) = RecommenderTraining.Train(shop.Data, new RecommenderTrainingOptions());

        var expected = MetricNames.All.Select(m => MetricNames.Key(m, 10)).Order(StringComparer.Ordinal);
        Assert.Contains("auto", report.Validation.Keys);
        foreach (var (name, metrics) in report.Validation)
        {
            Assert.Equal(expected, metrics.Keys.Order(StringComparer.Ordinal));
            Assert.InRange(metrics["coverage@10"], 0, 1);
            Assert.InRange(metrics["gini@10"], 0, 1);
        }

        // The blend starts from the best single algorithm and only moves for a gain, so it scores at least as well.
        var bestSingle = report.Validation.Where(v => v.Key != "auto").Max(v => v.Value["ndcg@10"]);
        Assert.True(report.Validation["auto"]["ndcg@10"] >= bestSingle - 1e-12);
    }
}
