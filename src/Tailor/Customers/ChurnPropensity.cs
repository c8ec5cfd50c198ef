using Microsoft.ML;
using Microsoft.ML.Data;
using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Trains churn models on time-based cut-offs: features from what happened up to a cut-off, the
/// label from the horizon after it. Only outcomes known by a given time train a model, so
/// <see cref="Evaluate(ChurnHistory, DateTimeOffset, ChurnOptions, CancellationToken)"/> reports the AUC and
/// log-loss a shop would see using the model on future customers.
/// </summary>
public static class ChurnPropensity
{
    /// <summary>Trains on every stacked cut-off whose outcome is known by <paramref name="knownUntil"/>.</summary>
    /// <inheritdoc cref="Train(ChurnHistory, DateTimeOffset, ChurnOptions, CancellationToken)"/>
    public static ChurnModel Train(IEnumerable<Order> orders, DateTimeOffset knownUntil, ChurnOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return Train(ChurnHistory.From(orders), knownUntil, options, cancellationToken);
    }

    /// <summary>
    /// Trains on the cut-offs whose label windows end by <paramref name="knownUntil"/>: the latest
    /// whole-horizon one (<paramref name="knownUntil"/> minus the horizon) and earlier ones, plus later
    /// ones with shorter windows (see <see cref="ChurnOptions.MinimumHorizonDays"/>). Nothing after
    /// <paramref name="knownUntil"/> is read.
    /// </summary>
    /// <param name="history">The shop's history; see <see cref="ChurnHistory.From"/>.</param>
    /// <param name="knownUntil">The end of the known outcomes, usually the last purchase in the data.</param>
    /// <param name="options">Horizon, cut-offs and tree settings.</param>
    /// <param name="cancellationToken">Checked between cut-offs and during the BG/NBD fits.</param>
    /// <exception cref="ArgumentException">
    /// Options out of range, the data ends before <paramref name="knownUntil"/>, no cut-off with four
    /// weeks of history and repeat purchases before it, or only churners (or none) among the rows.
    /// </exception>
    public static ChurnModel Train(ChurnHistory history, DateTimeOffset knownUntil, ChurnOptions options, CancellationToken cancellationToken = default) =>
        TrainRows(history, knownUntil, options, cancellationToken).Model;

    /// <summary>
    /// Measures the model and both baselines at <paramref name="testCutoff"/>: the model is trained on
    /// outcomes known by the test cut-off only, and scored on the horizon after it.
    /// </summary>
    /// <param name="history">The shop's history.</param>
    /// <param name="testCutoff">Test cut-off; the data must reach the horizon beyond it.</param>
    /// <param name="options">Horizon, cut-offs and tree settings.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    /// <exception cref="ArgumentException">The data ends before the test horizon, or a cut-off lacks churners or retained customers.</exception>
    public static ChurnEvaluation Evaluate(ChurnHistory history, DateTimeOffset testCutoff, ChurnOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        RequireCoverage(history, testCutoff.AddDays(options.HorizonDays), testCutoff);
        var (model, trainRows) = TrainRows(history, testCutoff, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var test = ChurnFeatures.At(history, testCutoff, options.HorizonDays, cancellationToken);
        var churned = test.Churned(history, testCutoff, options.HorizonDays);
        RequireBothOutcomes(churned, testCutoff);

        var boosted = model.Probabilities(test.Rows);
        var recency = test.Customers.Select(c => c.TimeSinceLastPurchase).ToArray();
        var bgNbd = test.BgNbdActive.Select(p => 1 - p).ToArray();
        return new ChurnEvaluation(
            model,
            trainRows,
            test.Customers.Count,
            churned.Count(c => c) / (double)churned.Length,
            new ScoreQuality("gradient-boosted trees", BinaryMetrics.Auc(boosted, churned), BinaryMetrics.LogLoss(boosted, churned)),
            new ScoreQuality("days since last purchase (rank)", BinaryMetrics.Auc(recency, churned), null),
            new ScoreQuality("BG/NBD 1 - P(at least one purchase)", BinaryMetrics.Auc(bgNbd, churned), BinaryMetrics.LogLoss(bgNbd, churned)));
    }

    /// <summary>Measures the model and both baselines at <paramref name="testCutoff"/>, from orders alone.</summary>
    /// <inheritdoc cref="Evaluate(ChurnHistory, DateTimeOffset, ChurnOptions, CancellationToken)"/>
    public static ChurnEvaluation Evaluate(IEnumerable<Order> orders, DateTimeOffset testCutoff, ChurnOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return Evaluate(ChurnHistory.From(orders), testCutoff, options, cancellationToken);
    }

    internal static IDataView Load(MLContext context, float[][] rows, bool[] labels)
    {
        var schema = SchemaDefinition.Create(typeof(ChurnRow));
        schema[nameof(ChurnRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ChurnFeatures.Count);
        return context.Data.LoadFromEnumerable(rows.Select((r, i) => new ChurnRow { Features = r, Label = labels[i] }), schema);
    }

    /// <summary>The stacked training cut-offs and the label window of each, latest first.</summary>
    internal static IEnumerable<(DateTimeOffset Cutoff, int HorizonDays)> Cutoffs(DateTimeOffset knownUntil, ChurnOptions options)
    {
        var latestWhole = knownUntil.AddDays(-options.HorizonDays);
        for (var days = options.HorizonDays - options.CutoffSpacingDays; days >= options.MinimumHorizonDays; days -= options.CutoffSpacingDays)
        {
            yield return (knownUntil.AddDays(-days), days);
        }

        for (var i = 0; i < options.TrainingCutoffs; i++)
        {
            yield return (latestWhole.AddDays(-i * options.CutoffSpacingDays), options.HorizonDays);
        }
    }

    private static (ChurnModel Model, int Rows) TrainRows(ChurnHistory history, DateTimeOffset knownUntil, ChurnOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if ((history.LastPurchase ?? DateTimeOffset.MinValue) < knownUntil)
        {
            throw new ArgumentException($"The data ends at {history.LastPurchase:O}, before {knownUntil:O}: outcomes up to then are not known.", nameof(knownUntil));
        }

        var first = history.Purchases.Min(p => p.Time);
        var rows = new List<float[]>();
        var labels = new List<bool>();
        foreach (var (at, days) in Cutoffs(knownUntil, options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A cut-off needs four weeks of history before it, and repeat purchases for BG/NBD.
            if (at < first.AddDays(28))
            {
                continue;
            }

            ChurnFeatures features;
            try
            {
                features = ChurnFeatures.At(history, at, days, cancellationToken);
            }
            catch (ArgumentException)
            {
                continue;
            }

            rows.AddRange(features.Rows);
            labels.AddRange(features.Churned(history, at, days));
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException(
                $"No cut-off with four weeks of history and repeat purchases before it has its outcome known by {knownUntil:O}: the data starts at {first:O}.",
                nameof(knownUntil));
        }

        RequireBothOutcomes([.. labels], knownUntil);
        var context = new MLContext(options.Seed);
        var trainer = context.BinaryClassification.Trainers.FastTree(BinaryTreeOptions.Create(
            nameof(ChurnRow.Label), nameof(ChurnRow.Features), options.NumberOfTrees, options.NumberOfLeaves, options.MinimumCustomersPerLeaf, options.LearningRate));
        var data = Load(context, rows.ToArray(), labels.ToArray());
        var transformer = trainer.Fit(data);
        var contributions = transformer.Append(context.Transforms.CalculateFeatureContribution(transformer, ChurnFeatures.Count, ChurnFeatures.Count)
            .Fit(transformer.Transform(data)));
        return (new ChurnModel(context, transformer, contributions, options.HorizonDays), rows.Count);
    }

    private static void RequireCoverage(ChurnHistory history, DateTimeOffset needed, DateTimeOffset cutoff)
    {
        var last = history.LastPurchase ?? DateTimeOffset.MinValue;
        if (last < needed)
        {
            throw new ArgumentException(
                $"The data ends at {last:O}, before {needed:O}, the end of the horizon after the cut-off {cutoff:O}: churn there cannot be known.", nameof(cutoff));
        }
    }

    private static void RequireBothOutcomes(bool[] churned, DateTimeOffset cutoff)
    {
        var count = churned.Count(c => c);
        if (count == 0 || count == churned.Length)
        {
            throw new ArgumentException($"At {cutoff:O} every customer {(count == 0 ? "bought again" : "churned")}; a churn model needs both.", nameof(cutoff));
        }
    }
}
