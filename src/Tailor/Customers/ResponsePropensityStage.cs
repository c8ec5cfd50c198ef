using Microsoft.ML;
using Microsoft.ML.Data;

namespace Tailor.Customers;

/// <summary>
/// One step of the response funnel of a channel, such as "open" or "conversion given open": boosted
/// trees with calibrated probabilities, or the customer's own past rate at the step shrunk towards
/// the channel's.
/// </summary>
public sealed class ResponsePropensityStage
{
    private readonly ResponsePropensityTrees? _trees;
    private readonly ResponsePropensityCalibration _calibration;

    internal ResponsePropensityStage(
        ResponsePropensityStageKind kind, string name, ResponsePropensityMethod method, double responseRate, double priorStrength, int trainingExamples,
        ResponsePropensityTrees? trees, ResponsePropensityCalibration calibration)
    {
        Kind = kind;
        Name = name;
        Method = method;
        ResponseRate = responseRate;
        PriorStrength = priorStrength;
        TrainingExamples = trainingExamples;
        _trees = trees;
        _calibration = calibration;
    }

    /// <summary>Which step of the funnel this is.</summary>
    public ResponsePropensityStageKind Kind { get; }

    /// <summary>What the step predicts, such as "open" or "conversion given open".</summary>
    public string Name { get; }

    /// <summary>How probabilities are computed.</summary>
    public ResponsePropensityMethod Method { get; }

    /// <summary>Share of training examples with the response: the prior mean of the past-rate model.</summary>
    public double ResponseRate { get; }

    /// <summary>
    /// Pseudo-examples at <see cref="ResponseRate"/> added to a customer's own history by the past-rate
    /// model, fitted by log-loss on the training examples (a Beta-Binomial prior strength).
    /// </summary>
    public double PriorStrength { get; }

    /// <summary>Examples (sends, or opened sends) the step was trained on.</summary>
    public int TrainingExamples { get; }

    /// <summary>The same step computed by the past rate.</summary>
    internal ResponsePropensityStage AsPastRate() =>
        new(Kind, Name, ResponsePropensityMethod.PastRate, ResponseRate, PriorStrength, TrainingExamples, null, default);

    /// <summary>The past-rate probability of a customer with the given history at this step.</summary>
    public double PastRate(int trials, int successes) => (successes + (PriorStrength * ResponseRate)) / (trials + PriorStrength);

    internal double[] Probabilities(float[][] rows, ResponsePropensityHistory[] history)
    {
        if (Method == ResponsePropensityMethod.Trees && _trees is not null)
        {
            var scores = new double[rows.Length];
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = _calibration.Probability(_trees.Score(rows[i]));
            }

            return scores;
        }

        var probabilities = new double[rows.Length];
        for (var i = 0; i < probabilities.Length; i++)
        {
            var h = history[i];
            probabilities[i] = Kind switch
            {
                ResponsePropensityStageKind.Open => PastRate(h.Sends, h.Opens),
                ResponsePropensityStageKind.GivenOpen => PastRate(h.Opens, h.Responses),
                _ => PastRate(h.Sends, h.Responses),
            };
        }

        return probabilities;
    }

    internal static IDataView Load(MLContext context, float[][] rows, bool[]? labels)
    {
        var schema = SchemaDefinition.Create(typeof(ResponsePropensityRow));
        schema[nameof(ResponsePropensityRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ResponsePropensityFeatures.Count);
        return context.Data.LoadFromEnumerable(
            rows.Select((r, i) => new ResponsePropensityRow { Features = r, Label = labels is not null && labels[i] }), schema);
    }
}
