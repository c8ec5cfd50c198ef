using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Trains churn models on time-based cut-offs: features from the purchases up to a cut-off, the
/// label from the horizon after it. <see cref="Evaluate"/> judges a model on a later cut-off so the
/// reported AUC and log-loss are what a shop would see using it on future customers.
/// </summary>
public static class ChurnPropensity
{
    /// <summary>Trains on customers at <paramref name="cutoff"/> and the earlier stacked cut-offs.</summary>
    /// <param name="orders">All orders; purchases are picked as in <see cref="TransactionSummary.FromOrders(IEnumerable{Order}, DateTimeOffset, TransactionSummaryOptions)"/>.</param>
    /// <param name="cutoff">The training cut-off; the data must reach at least the horizon beyond it.</param>
    /// <param name="options">Horizon and tree settings.</param>
    /// <param name="cancellationToken">Checked during the BG/NBD fit and before training.</param>
    /// <exception cref="ArgumentException">Options out of range, the data ends before the horizon, or only churners (or none) at the cut-off.</exception>
    public static ChurnModel Train(IEnumerable<Order> orders, DateTimeOffset cutoff, ChurnOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var purchases = TransactionSummary.Purchases(orders).ToList();
        return Train(purchases, cutoff, options, cancellationToken).Model;
    }

    /// <summary>Trains at <paramref name="trainCutoff"/> and measures the model and both baselines at <paramref name="testCutoff"/>.</summary>
    /// <param name="orders">All orders.</param>
    /// <param name="trainCutoff">Training cut-off.</param>
    /// <param name="testCutoff">Test cut-off, at least the horizon after the training one, so training labels end before it.</param>
    /// <param name="options">Horizon and tree settings.</param>
    /// <param name="cancellationToken">Checked between steps.</param>
    /// <exception cref="ArgumentException">The cut-offs are closer than the horizon, the data ends before the test horizon, or a cut-off lacks churners or retained customers.</exception>
    public static ChurnEvaluation Evaluate(
        IEnumerable<Order> orders,
        DateTimeOffset trainCutoff,
        DateTimeOffset testCutoff,
        ChurnOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (testCutoff < trainCutoff.AddDays(options.HorizonDays))
        {
            throw new ArgumentException(
                $"The test cut-off {testCutoff:O} must be at least {options.HorizonDays} days after the training cut-off {trainCutoff:O}, or training labels would overlap the test period.",
                nameof(testCutoff));
        }

        var purchases = TransactionSummary.Purchases(orders).ToList();
        var (model, trainCount) = Train(purchases, trainCutoff, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        RequireCoverage(purchases, testCutoff, options.HorizonDays);
        var test = ChurnFeatures.At(purchases, testCutoff, options.HorizonDays, cancellationToken);
        var churned = test.Churned(purchases, testCutoff, options.HorizonDays);
        RequireBothOutcomes(churned, testCutoff);

        var boosted = model.Probabilities(test.Rows);
        var recency = test.Customers.Select(c => c.TimeSinceLastPurchase).ToArray();
        var bgNbd = test.BgNbdActive.Select(p => 1 - p).ToArray();
        return new ChurnEvaluation(
            model,
            trainCount,
            test.Customers.Count,
            churned.Count(c => c) / (double)churned.Length,
            new ScoreQuality("gradient-boosted trees", BinaryMetrics.Auc(boosted, churned), BinaryMetrics.LogLoss(boosted, churned)),
            new ScoreQuality("days since last purchase (rank)", BinaryMetrics.Auc(recency, churned), null),
            new ScoreQuality("BG/NBD 1 - P(at least one purchase)", BinaryMetrics.Auc(bgNbd, churned), BinaryMetrics.LogLoss(bgNbd, churned)));
    }

    internal static IDataView Load(MLContext context, float[][] rows, bool[] labels)
    {
        var schema = SchemaDefinition.Create(typeof(ChurnRow));
        schema[nameof(ChurnRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ChurnFeatures.Count);
        return context.Data.LoadFromEnumerable(rows.Select((r, i) => new ChurnRow { Features = r, Label = labels[i] }), schema);
    }

    private static (ChurnModel Model, int Customers) Train(
        List<(string Customer, DateTimeOffset Time, decimal Amount)> purchases,
        DateTimeOffset cutoff,
        ChurnOptions options,
        CancellationToken cancellationToken)
    {
        RequireCoverage(purchases, cutoff, options.HorizonDays);
        var rows = new List<float[]>();
        var labels = new List<bool>();
        var customers = 0;
        for (var i = 0; i < options.TrainingCutoffs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = cutoff.AddDays(-i * options.CutoffSpacingDays);
            ChurnFeatures features;
            try
            {
                features = ChurnFeatures.At(purchases, at, options.HorizonDays, cancellationToken);
            }
            catch (ArgumentException) when (i > 0)
            {
                // Earlier cut-offs are extra examples; one too early for any history is skipped.
                break;
            }

            var churned = features.Churned(purchases, at, options.HorizonDays);
            if (i == 0)
            {
                RequireBothOutcomes(churned, at);
                customers = features.Customers.Count;
            }

            rows.AddRange(features.Rows);
            labels.AddRange(churned);
        }

        var context = new MLContext(options.Seed);
        var trainer = context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(ChurnRow.Label),
            FeatureColumnName = nameof(ChurnRow.Features),
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = options.MinimumCustomersPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
        });
        var transformer = trainer.Fit(Load(context, rows.ToArray(), labels.ToArray()));
        return (new ChurnModel(context, transformer, options.HorizonDays), customers);
    }

    private static void RequireCoverage(List<(string Customer, DateTimeOffset Time, decimal Amount)> purchases, DateTimeOffset cutoff, int horizonDays)
    {
        var last = purchases.Count == 0 ? DateTimeOffset.MinValue : purchases.Max(p => p.Time);
        if (last < cutoff.AddDays(horizonDays))
        {
            throw new ArgumentException(
                $"The data ends at {last:O}, before the {horizonDays}-day horizon after the cut-off {cutoff:O}: churn there cannot be known.", nameof(cutoff));
        }
    }

    private static void RequireBothOutcomes(bool[] churned, DateTimeOffset cutoff)
    {
        var count = churned.Count(c => c);
        if (count == 0 || count == churned.Length)
        {
            throw new ArgumentException($"At the cut-off {cutoff:O} every customer {(count == 0 ? "bought again" : "churned")}; a churn model needs both.", nameof(cutoff));
        }
    }
}
