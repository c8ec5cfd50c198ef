using Tailor.Data;
using Tailor.Recommend;
using Tailor.Reports;

namespace Tailor.Tests.Reports;

public sealed class ModelReportTests
{
    private static readonly DateTimeOffset At = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_recommender_s_metrics_become_a_blend_row_and_algorithms_best_first()
    {
        const string metrics = """
            {"Users":120,"Items":40,"Interactions":900,"Weights":{"ease":1,"als":0.25,"trending":0},
             "Validation":{"auto":{"ndcg@10":0.3,"coverage@10":0.5,"gini@10":0.6},"ease":{"ndcg@10":0.28},"als":{"ndcg@10":0.21},
                           "trending":{"ndcg@10":0.1},"content":{"ndcg@10":0.29}},"Seconds":2.5}
            """;

        var report = RecommenderModelReport.From(new StoredModel(RecommenderBundle.ModelKind, 3, At, metrics, []));

        Assert.Equal((3, 120, 40, 900, 2.5), (report.Version, report.Users!.Value, report.Items!.Value, report.Interactions!.Value, report.Seconds!.Value));
        Assert.Equal(0.5, report.Blend!["coverage@10"]);
        Assert.Equal(["content", "ease", "als", "trending"], report.Algorithms.Select(a => a.Name));
        Assert.Equal([0, 1, 0.25, 0], report.Algorithms.Select(a => a.Weight));
        Assert.Null(report.Algorithms[1]["gini@10"]);
    }

    [Fact]
    public void A_model_trained_without_validation_lists_its_weights_and_no_blend()
    {
        var report = RecommenderModelReport.From(
            new StoredModel(RecommenderBundle.ModelKind, 1, At, """{"Weights":{"item-knn":1,"content":0.2},"Validation":{}}""", []));

        Assert.Null(report.Blend);
        Assert.Null(report.Users);
        Assert.Equal(["item-knn", "content"], report.Algorithms.Select(a => a.Name));
        Assert.All(report.Algorithms, a => Assert.Empty(a.Validation));
    }

    [Fact]
    public void Unreadable_metrics_leave_an_empty_report_and_another_kind_is_refused()
    {
        var report = RecommenderModelReport.From(new StoredModel(RecommenderBundle.ModelKind, 1, At, "not json", []));

        Assert.Empty(report.Algorithms);
        Assert.Throws<ArgumentException>(() => RecommenderModelReport.From(new StoredModel("churn", 1, At, null, [])));
    }

    [Fact]
    public void Model_status_keeps_the_newest_version_of_each_kind_with_its_top_level_numbers()
    {
        var models = new[]
        {
            new StoredModel("recommender", 2, At.AddDays(1), """{"Users":5,"Weights":{"ease":1}}""", []),
            new StoredModel("recommender", 1, At, """{"Users":4}""", []),
            new StoredModel("churn", 7, At, null, []),
        };

        var status = ModelStatus.Latest(models);

        Assert.Equal(["churn", "recommender"], status.Select(s => s.Kind));
        Assert.Empty(status[0].Figures);
        Assert.Equal(2, status[1].Version);
        Assert.Equal(new Dictionary<string, double> { ["Users"] = 5 }, status[1].Figures);
    }
}
