using Microsoft.ML;
using Microsoft.ML.Data;
using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Gradient-boosted trees (ML.NET FastTree) that give each customer a probability of making no
/// purchase within <see cref="HorizonDays"/> of a cut-off, from recency, frequency, tenure, spend,
/// returns, items, activity and BG/NBD's view of the customer at that cut-off, with the features that
/// raised each customer's risk most.
/// </summary>
public sealed class ChurnModel
{
    /// <summary>Drivers reported per customer.</summary>
    public const int DriverCount = 3;

    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly ITransformer _contributions;

    internal ChurnModel(MLContext context, ITransformer transformer, ITransformer contributions, int horizonDays)
    {
        _context = context;
        _transformer = transformer;
        _contributions = contributions;
        HorizonDays = horizonDays;
    }

    /// <summary>The horizon in days the model predicts churn over.</summary>
    public int HorizonDays { get; }

    /// <summary>The features the model reads, in words, in column order.</summary>
    public static IReadOnlyList<string> Features => ChurnFeatures.Names;

    /// <summary>Churn probability of every customer with a purchase at or before <paramref name="asOf"/>, ordered by id.</summary>
    /// <exception cref="ArgumentException">No purchase before <paramref name="asOf"/>, or none repeated (BG/NBD features cannot be fitted).</exception>
    public IReadOnlyList<ChurnScore> Score(IEnumerable<Order> orders, DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
        Score(ChurnHistory.From(orders), asOf, cancellationToken);

    /// <inheritdoc cref="Score(IEnumerable{Order}, DateTimeOffset, CancellationToken)"/>
    public IReadOnlyList<ChurnScore> Score(ChurnHistory history, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        var features = ChurnFeatures.At(history, asOf, HorizonDays, cancellationToken);
        var scored = _contributions.Transform(ChurnPropensity.Load(_context, features.Rows, new bool[features.Rows.Length]));
        var probabilities = scored.GetColumn<float>("Probability").ToArray();
        var contributions = scored.GetColumn<float[]>("FeatureContributions").ToArray();
        var scores = new ChurnScore[probabilities.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var row = contributions[i];
            var drivers = Enumerable.Range(0, row.Length).Where(j => row[j] > 0).OrderByDescending(j => row[j]).Take(DriverCount)
                .Select(j => new ChurnDriver(ChurnFeatures.Names[j], features.Values[i][j], row[j])).ToList();
            scores[i] = new ChurnScore(features.Customers[i].CustomerId, probabilities[i], drivers);
        }

        return scores;
    }

    internal double[] Probabilities(float[][] rows)
    {
        var data = ChurnPropensity.Load(_context, rows, new bool[rows.Length]);
        return _transformer.Transform(data).GetColumn<float>("Probability").Select(p => (double)p).ToArray();
    }
}
