using Microsoft.ML;
using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Response propensity per channel from campaign sends. Every past send is an example whose features
/// are what was known just before it (engagement, fatigue, purchases, visits, the hour) and whose
/// label is whether it got the response. Clicks and conversions are rare, so they are modelled as a
/// funnel, P(open) x P(outcome | open): the open stage learns from every send, the second from the
/// opened ones. Each stage is gradient-boosted trees or, when that measures worse, the customer's
/// smoothed past rate. Measured on a time cut-off: trained on earlier sends, judged on later ones,
/// next to the customer's own past rate of the outcome.
/// </summary>
public static class ResponsePropensity
{
    private const int MinimumSendsToMeasure = 20;

    private static readonly double[] PriorStrengths = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];

    /// <summary>Measures each channel and trains the final model on all sends with the methods that measured better.</summary>
    /// <param name="data">The shop's customers, orders, events and campaign sends.</param>
    /// <param name="options">Outcome, held-out share and tree settings.</param>
    /// <param name="cutoff">Training/test boundary for every channel, or null for each channel's latest <see cref="ResponsePropensityOptions.TestShare"/> of sends.</param>
    /// <param name="cancellationToken">Checked between channels and while building histories.</param>
    /// <exception cref="ArgumentException">Options out of range, or no campaign sends at all.</exception>
    public static ResponsePropensityFit Fit(
        ShopData data, ResponsePropensityOptions options, DateTimeOffset? cutoff = null, CancellationToken cancellationToken = default)
    {
        var (timeline, sends) = Prepare(data, options, cancellationToken);
        var evaluation = Evaluate(timeline, sends, options, cutoff, cancellationToken);
        return new ResponsePropensityFit(evaluation, Train(timeline, sends, options, evaluation, cancellationToken));
    }

    /// <summary>Trains on the sends before the cut-off and measures on those at or after it, per channel.</summary>
    /// <inheritdoc cref="Fit"/>
    public static ResponsePropensityEvaluation Evaluate(
        ShopData data, ResponsePropensityOptions options, DateTimeOffset? cutoff = null, CancellationToken cancellationToken = default)
    {
        var (timeline, sends) = Prepare(data, options, cancellationToken);
        return Evaluate(timeline, sends, options, cutoff, cancellationToken);
    }

    /// <summary>Trains on every send; stages with enough data get trees, the others the smoothed past rate.</summary>
    /// <param name="data">The shop's customers, orders, events and campaign sends.</param>
    /// <param name="options">Outcome and tree settings.</param>
    /// <param name="cancellationToken">Checked between channels.</param>
    /// <exception cref="ArgumentException">Options out of range, or no campaign sends at all.</exception>
    public static ResponsePropensityModel Train(ShopData data, ResponsePropensityOptions options, CancellationToken cancellationToken = default)
    {
        var (timeline, sends) = Prepare(data, options, cancellationToken);
        return Train(timeline, sends, options, null, cancellationToken);
    }

    private static (ResponsePropensityTimeline Timeline, ResponsePropensitySends[] Sends) Prepare(
        ShopData data, ResponsePropensityOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (data.CampaignSends.Count == 0)
        {
            throw new ArgumentException("There are no campaign sends to learn response from; import campaigns first.", nameof(data));
        }

        var timeline = ResponsePropensityTimeline.Build(data, cancellationToken);
        var sends = new ResponsePropensitySends[timeline.Channels.Length];
        for (var channel = 0; channel < sends.Length; channel++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sends[channel] = ResponsePropensitySends.Build(timeline, channel, options);
        }

        return (timeline, sends);
    }

    private static ResponsePropensityEvaluation Evaluate(
        ResponsePropensityTimeline timeline, ResponsePropensitySends[] sends, ResponsePropensityOptions options, DateTimeOffset? cutoff,
        CancellationToken cancellationToken)
    {
        var channels = new List<ResponsePropensityChannelEvaluation>();
        for (var c = 0; c < sends.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            channels.Add(EvaluateChannel(timeline.Channels[c], sends[c], options, cutoff));
        }

        return new ResponsePropensityEvaluation(options.Outcome, channels);
    }

    private static ResponsePropensityChannelEvaluation EvaluateChannel(
        string channel, ResponsePropensitySends all, ResponsePropensityOptions options, DateTimeOffset? cutoff)
    {
        var outcomes = all.Outcomes;
        var boundary = cutoff?.UtcTicks ?? outcomes.Boundary(options.TestShare);
        var at = new DateTimeOffset(boundary, TimeSpan.Zero);
        var (train, test) = outcomes.Split(boundary);
        var word = Word(options.Outcome);
        var direct = TrainStage(ResponsePropensityStageKind.Direct, word, train, options, allowTrees: false, out _);
        if (outcomes.Count < MinimumSendsToMeasure || train.Count == 0 || test.Count == 0)
        {
            var why = outcomes.Count < MinimumSendsToMeasure
                ? $"only {outcomes.Count} sends: too few to measure"
                : train.Count == 0 ? "no sends before the cut-off" : "no sends after the cut-off";
            var model = new ResponsePropensityChannelModel(channel, [direct]);
            return new ResponsePropensityChannelEvaluation(
                channel, at, train.Count, test.Count, test.Count == 0 ? double.NaN : test.Rate, null,
                new ScoreQuality($"past {word} rate (smoothed)", double.NaN, null), null, false, model.Description, [], why);
        }

        var notes = new List<string>();
        var stages = new List<ResponsePropensityStage>();
        var stageEvaluations = new List<ResponsePropensityStageEvaluation>();
        var (openTrain, openTest) = all.Opens.Split(boundary);
        stages.Add(ChooseStage(ResponsePropensityStageKind.Open, "open", openTrain, openTest, options, stageEvaluations, notes));
        if (options.Outcome != ResponsePropensityOutcome.Open)
        {
            var (givenTrain, givenTest) = all.GivenOpen.Split(boundary);
            stages.Add(ChooseStage(ResponsePropensityStageKind.GivenOpen, word + " given open", givenTrain, givenTest, options, stageEvaluations, notes));
        }

        var funnel = new ResponsePropensityChannelModel(channel, stages).Probabilities(test.Rows, Histories(test, all, boundary));
        var baseline = direct.Probabilities(test.Rows, Histories(test, all, boundary));
        var modelQuality = Quality(funnel, test.Labels, "response funnel");
        var pastQuality = Quality(baseline, test.Labels, $"past {word} rate (smoothed)");
        var pastOpenRate = options.Outcome == ResponsePropensityOutcome.Open
            ? null
            : new ScoreQuality("past open rate (rank)", BinaryMetrics.Auc(test.Rows.Select(r => (double)r[4]).ToArray(), test.Labels), null);
        if (test.Positives == 0 || test.Positives == test.Count)
        {
            notes.Add("the test sends have only one outcome, so AUC is undefined");
        }

        var usesModel = !(modelQuality.LogLoss > pastQuality.LogLoss);
        var description = usesModel
            ? new ResponsePropensityChannelModel(channel, stages).Description
            : new ResponsePropensityChannelModel(channel, [direct]).Description;
        return new ResponsePropensityChannelEvaluation(
            channel, at, train.Count, test.Count, test.Rate, modelQuality, pastQuality, pastOpenRate, usesModel, description, stageEvaluations,
            notes.Count == 0 ? null : string.Join("; ", notes));
    }

    /// <summary>Trains a stage, measures trees and past rate on the test examples, and keeps the better.</summary>
    private static ResponsePropensityStage ChooseStage(
        ResponsePropensityStageKind kind, string name, ResponsePropensityExamples train, ResponsePropensityExamples test, ResponsePropensityOptions options,
        List<ResponsePropensityStageEvaluation> evaluations, List<string> notes)
    {
        var stage = TrainStage(kind, name, train, options, allowTrees: true, out var note);
        if (note is not null)
        {
            notes.Add($"{name}: {note}");
        }

        var history = new ResponsePropensityHistory[test.Count];
        for (var i = 0; i < history.Length; i++)
        {
            history[i] = kind == ResponsePropensityStageKind.Open
                ? new ResponsePropensityHistory(test.Trials[i], test.Successes[i], 0)
                : new ResponsePropensityHistory(0, test.Trials[i], test.Successes[i]);
        }

        var past = stage.AsPastRate();
        double? pastLoss = test.Count == 0 ? null : BinaryMetrics.LogLoss(past.Probabilities(test.Rows, history), test.Labels);
        double? treeLoss = stage.Method == ResponsePropensityMethod.Trees && test.Count > 0
            ? BinaryMetrics.LogLoss(stage.Probabilities(test.Rows, history), test.Labels)
            : null;
        var keep = treeLoss is { } loss && pastLoss is { } baseline && loss <= baseline ? stage : past;
        evaluations.Add(new ResponsePropensityStageEvaluation(name, train.Count, test.Count, treeLoss, pastLoss, keep.Method));
        return keep;
    }

    /// <summary>The earlier sends, opens and outcomes of each test send, for the past-rate computations.</summary>
    private static ResponsePropensityHistory[] Histories(ResponsePropensityExamples outcomeTest, ResponsePropensitySends all, long boundary)
    {
        // Outcomes and Opens hold the same sends in the same order, so the test parts line up.
        var (_, opensTest) = all.Opens.Split(boundary);
        var history = new ResponsePropensityHistory[outcomeTest.Count];
        for (var i = 0; i < history.Length; i++)
        {
            history[i] = new ResponsePropensityHistory(outcomeTest.Trials[i], opensTest.Successes[i], outcomeTest.Successes[i]);
        }

        return history;
    }

    private static ScoreQuality Quality(double[] probabilities, bool[] labels, string name) =>
        new(name, BinaryMetrics.Auc(probabilities, labels), BinaryMetrics.LogLoss(probabilities, labels));

    private static ResponsePropensityModel Train(
        ResponsePropensityTimeline timeline, ResponsePropensitySends[] sends, ResponsePropensityOptions options, ResponsePropensityEvaluation? evaluation,
        CancellationToken cancellationToken)
    {
        var word = Word(options.Outcome);
        var models = new List<ResponsePropensityChannelModel>();
        for (var c = 0; c < sends.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var measured = evaluation?.For(timeline.Channels[c]);
            if (measured is { UsesModel: false })
            {
                models.Add(new ResponsePropensityChannelModel(
                    timeline.Channels[c], [TrainStage(ResponsePropensityStageKind.Direct, word, sends[c].Outcomes, options, false, out _)]));
                continue;
            }

            bool Trees(string stage) => measured?.Stages.FirstOrDefault(s => s.Stage == stage)?.Chosen is not ResponsePropensityMethod.PastRate;
            var stages = new List<ResponsePropensityStage>
            {
                TrainStage(ResponsePropensityStageKind.Open, "open", sends[c].Opens, options, Trees("open"), out _),
            };
            if (options.Outcome != ResponsePropensityOutcome.Open)
            {
                var name = word + " given open";
                stages.Add(TrainStage(ResponsePropensityStageKind.GivenOpen, name, sends[c].GivenOpen, options, Trees(name), out _));
            }

            models.Add(new ResponsePropensityChannelModel(timeline.Channels[c], stages));
        }

        return new ResponsePropensityModel(options.Outcome, options.FatigueWindowDays, models);
    }

    private static ResponsePropensityStage TrainStage(
        ResponsePropensityStageKind kind, string name, ResponsePropensityExamples train, ResponsePropensityOptions options, bool allowTrees, out string? note)
    {
        var rate = train.Rate;
        var strength = FitPriorStrength(train, rate);
        var positives = train.Positives;
        note = train.Count < options.MinimumTrainingSends
            ? $"{train.Count} training examples, fewer than the {options.MinimumTrainingSends} trees need"
            : Math.Min(positives, train.Count - positives) < options.MinimumTrainingResponses
                ? $"{positives} training examples with the response and {train.Count - positives} without; trees need {options.MinimumTrainingResponses} of each"
                : null;
        var past = new ResponsePropensityStage(kind, name, ResponsePropensityMethod.PastRate, rate, strength, train.Count, null, default);
        if (!allowTrees || note is not null)
        {
            return past;
        }

        // The latest examples calibrate the trees' scores; the trees never see them.
        var (fit, calibration) = train.Split(train.Boundary(options.CalibrationShare));
        if (fit.Positives == 0 || calibration.Count == 0)
        {
            note = "the calibration split left no responses to fit trees on";
            return past;
        }

        var context = new MLContext(options.Seed);
        var trainer = context.BinaryClassification.Trainers.FastTree(BinaryTreeOptions.Create(
            nameof(ResponsePropensityRow.Label), nameof(ResponsePropensityRow.Features), options.NumberOfTrees, options.NumberOfLeaves, options.MinimumSendsPerLeaf, options.LearningRate));
        var trees = ResponsePropensityTrees.From(trainer.Fit(ResponsePropensityStage.Load(context, fit.Rows, fit.Labels)));
        var scores = Array.ConvertAll(calibration.Rows, r => trees.Score(r));
        var platt = ResponsePropensityCalibration.Fit(scores, calibration.Labels);
        return new ResponsePropensityStage(kind, name, ResponsePropensityMethod.Trees, rate, strength, train.Count, trees, platt);
    }

    /// <summary>The prior strength (pseudo-examples) whose smoothed past rates have the lowest log-loss on the training examples.</summary>
    private static double FitPriorStrength(ResponsePropensityExamples train, double rate)
    {
        var best = PriorStrengths[0];
        var bestLoss = double.PositiveInfinity;
        foreach (var strength in PriorStrengths)
        {
            var loss = 0.0;
            for (var i = 0; i < train.Count; i++)
            {
                var p = Math.Clamp((train.Successes[i] + (strength * rate)) / (train.Trials[i] + strength), 1e-9, 1 - 1e-9);
                loss -= train.Labels[i] ? Math.Log(p) : Math.Log(1 - p);
            }

            if (loss < bestLoss)
            {
                (best, bestLoss) = (strength, loss);
            }
        }

        return best;
    }

    private static string Word(ResponsePropensityOutcome outcome) => outcome switch
    {
        ResponsePropensityOutcome.Open => "open",
        ResponsePropensityOutcome.Click => "click",
        _ => "conversion",
    };
}
