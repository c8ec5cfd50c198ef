using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Tests.Simulation;
using Xunit.Abstractions;

namespace Tailor.Tests.Customers;

[Collection(SimulatedShopCollection.Name)]
public class ResponsePropensityTests(SimulatedShopFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Opens_are_predicted_better_than_by_the_customers_past_open_rate_on_later_sends()
    {
        var evaluation = ResponsePropensity.Evaluate(fixture.Shop.Data, new ResponsePropensityOptions { Outcome = ResponsePropensityOutcome.Open });
        var email = Assert.Single(evaluation.Channels);
        output.WriteLine($"{email.Description}: AUC {email.Model!.Auc:F3} log-loss {email.Model.LogLoss:F4}; past open rate AUC {email.PastRate.Auc:F3} log-loss {email.PastRate.LogLoss:F4}");

        Assert.Equal("email", email.Channel);
        Assert.True(email.TestSends > 5000 && email.TrainSends > 3 * email.TestSends - 100, $"{email.TrainSends} train, {email.TestSends} test");
        Assert.All(evaluation.Channels, c => Assert.True(c.Cutoff > fixture.Shop.CampaignSends[0].SentAt));

        // The true open model varies with the hour, the customer's activity and channel preference;
        // features that see hours and activity must rank and predict opens better than past opens alone.
        Assert.True(email.Model.Auc > email.PastRate.Auc + 0.02, $"model AUC {email.Model.Auc:F3} vs past rate {email.PastRate.Auc:F3}");
        Assert.True(email.Model.LogLoss < email.PastRate.LogLoss, $"model log-loss {email.Model.LogLoss:F4} vs past rate {email.PastRate.LogLoss:F4}");
        Assert.True(email.UsesModel);
        Assert.Equal(ResponsePropensityMethod.Trees, Assert.Single(email.Stages).Chosen);
    }

    [Fact]
    public void Conversions_come_from_an_open_stage_and_a_conversion_given_open_stage_and_beat_the_past_conversion_rate()
    {
        var fit = ResponsePropensity.Fit(fixture.Shop.Data, new ResponsePropensityOptions());
        var email = fit.Evaluation.For("EMAIL")!;
        output.WriteLine($"{email.Description}: AUC {email.Model!.Auc:F3} log-loss {email.Model.LogLoss:F5}; past conversion rate AUC {email.PastRate.Auc:F3} log-loss {email.PastRate.LogLoss:F5}; past open rate AUC {email.PastOpenRate!.Auc:F3}");

        Assert.Equal(["open", "conversion given open"], email.Stages.Select(s => s.Stage));
        Assert.InRange(email.TestResponseRate, 0.001, 0.02);
        Assert.True(email.Model.Auc > email.PastRate.Auc, $"model AUC {email.Model.Auc:F3} vs past rate {email.PastRate.Auc:F3}");
        Assert.True(email.Model.LogLoss <= email.PastRate.LogLoss);
        var model = fit.Model.For("email")!;
        Assert.Equal(2, model.Stages.Count);
        Assert.Equal(ResponsePropensityOutcome.Conversion, fit.Model.Outcome);
    }

    [Fact]
    public void Scores_are_probabilities_deterministic_and_depend_on_the_send_hour()
    {
        var options = new ResponsePropensityOptions { Outcome = ResponsePropensityOutcome.Open, NumberOfTrees = 40 };
        var end = fixture.Shop.CampaignSends[^1].SentAt.AddDays(1);
        var model = ResponsePropensity.Train(fixture.Shop.Data, options);
        var first = model.Score(fixture.Shop.Data, "email", end);
        var again = ResponsePropensity.Train(fixture.Shop.Data, options).Score(fixture.Shop.Data, "email", end);
        var evening = model.Score(fixture.Shop.Data, "email", end, fixture.Shop.Customers.ToDictionary(c => c.ExternalId, _ => end.AddHours(10)));

        Assert.Equal(fixture.Shop.Customers.Count, first.Count);
        Assert.Equal(first, again);
        Assert.All(first, s => Assert.InRange(s.Probability, 0, 1));
        Assert.Equal(fixture.Shop.Customers.Select(c => c.ExternalId), first.Select(s => s.CustomerId));
        Assert.Contains(first.Zip(evening), p => Math.Abs(p.First.Probability - p.Second.Probability) > 0.01);
    }

    [Fact]
    public void Features_before_a_send_count_only_earlier_sends_and_fatigue_includes_the_send_itself()
    {
        var t0 = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
        CampaignSend Send(string campaign, DateTimeOffset at, bool opened, bool clicked = false, string channel = "email") =>
            new(campaign, channel, null, null, "c1", at, opened, clicked, false, false, null);
        var data = new ShopData(
            [new Customer("c1", t0.AddDays(-100), null, null, null, Consent.Default)],
            [],
            [new Order("o1", "c1", t0.AddDays(-20), null, null, [new OrderLine(1, "i", 2, 15m)])],
            [new ShopEvent("c1", null, "i", EventTypes.View, null, null, "web", t0.AddDays(-3), "e1")],
            [],
            [Send("a", t0.AddDays(-40), true), Send("b", t0.AddDays(-10), false), Send("s", t0.AddDays(-5), true, true, "sms"), Send("c", t0, true)]);
        var timeline = ResponsePropensityTimeline.Build(data, default);
        var row = new float[ResponsePropensityFeatures.Count];

        var history = ResponsePropensityFeatures.Fill(timeline, 0, timeline.ChannelIndex("email"), t0.UtcTicks, 30, ResponsePropensityTimeline.Opened, row);

        // Two earlier email sends (a opened, b not); c itself is not history. The sms send is another channel.
        Assert.Equal(new ResponsePropensityHistory(2, 1, 1), history);
        Assert.Equal(2f, row[0]);
        Assert.Equal(1f, row[1]);
        Assert.Equal((1 + 0.5f) / 3f, row[4], 6);
        Assert.Equal(40f, row[8], 3);          // days since the last email open
        Assert.Equal(2f, row[10]);             // email sends in the 30-day window: b and this one
        Assert.Equal(3f, row[11]);             // all channels: b, the sms and this one
        Assert.Equal(5f, row[12], 3);          // days since the last send of any channel
        Assert.Equal(20f, row[13], 3);         // days since the last purchase
        Assert.Equal(30f, row[15], 3);         // mean purchase value 2 x 15
        Assert.Equal(100f, row[16], 3);        // tenure from creation
        Assert.Equal(3f, row[17], 3);          // days since the last visit
        Assert.Equal(9f, row[19]);             // send hour
    }

    [Fact]
    public void The_flat_tree_evaluator_gives_ml_nets_own_scores()
    {
        var random = new Random(8);
        var rows = new float[3000][];
        var labels = new bool[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Enumerable.Range(0, ResponsePropensityFeatures.Count).Select(_ => (float)random.NextDouble()).ToArray();
            labels[i] = random.NextDouble() < (rows[i][0] > 0.5 ? 0.7 : 0.2) * (rows[i][3] < 0.3 ? 0.5 : 1);
        }

        var context = new MLContext(3);
        var transformer = context.BinaryClassification.Trainers.FastTree(
            new FastTreeBinaryTrainer.Options { NumberOfTrees = 30, NumberOfLeaves = 8, NumberOfThreads = 1 })
            .Fit(ResponsePropensityStage.Load(context, rows, labels));
        var expected = transformer.Transform(ResponsePropensityStage.Load(context, rows, null)).GetColumn<float>("Score").ToArray();

        var trees = ResponsePropensityTrees.From(transformer);

        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(expected[i], trees.Score(rows[i]), 1e-5); // ML.NET sums in single precision
        }
    }

    [Fact]
    public void Platt_scaling_recovers_a_known_slope_and_intercept()
    {
        var random = new Random(5);
        var scores = new double[40_000];
        var labels = new bool[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (random.NextDouble() * 6) - 3;
            labels[i] = random.NextDouble() < 1 / (1 + Math.Exp(-((1.5 * scores[i]) - 2)));
        }

        var calibration = ResponsePropensityCalibration.Fit(scores, labels);

        Assert.Equal(1.5, calibration.A, 1);
        Assert.Equal(-2, calibration.B, 1);
        Assert.Equal(1 / (1 + Math.Exp(-((calibration.A * 0.4) + calibration.B))), calibration.Probability(0.4), 12);
    }

    [Fact]
    public void The_past_rate_is_the_beta_binomial_posterior_mean()
    {
        var stage = new ResponsePropensityStage(
            ResponsePropensityStageKind.Open, "open", ResponsePropensityMethod.PastRate, 0.2, 10, 100, null, default);

        // (successes + k p) / (trials + k) = (3 + 10 x 0.2) / (5 + 10) = 1/3.
        Assert.Equal(1 / 3.0, stage.PastRate(5, 3), 12);
        Assert.Equal(0.2, stage.PastRate(0, 0), 12);
    }

    [Fact]
    public void Bad_input_is_refused_with_the_reason()
    {
        var noSends = fixture.Shop.Data with { CampaignSends = [] };
        Assert.Contains("no campaign sends", Assert.Throws<ArgumentException>(() => ResponsePropensity.Train(noSends, new ResponsePropensityOptions())).Message, StringComparison.Ordinal);
        Assert.Contains("TestShare", Assert.Throws<ArgumentException>(() => ResponsePropensity.Evaluate(fixture.Shop.Data, new ResponsePropensityOptions { TestShare = 0.9 })).Message, StringComparison.Ordinal);
        var model = ResponsePropensity.Train(fixture.Shop.Data, new ResponsePropensityOptions { Outcome = ResponsePropensityOutcome.Open, NumberOfTrees = 10 });
        Assert.Contains("known channels: email", Assert.Throws<ArgumentException>(() => model.Score(fixture.Shop.Data, "sms", DateTimeOffset.UtcNow)).Message, StringComparison.Ordinal);
    }
}
