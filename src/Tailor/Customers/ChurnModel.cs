using Microsoft.ML;
using Microsoft.ML.Data;
using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Gradient-boosted trees (ML.NET FastTree) that give each customer a probability of making no
/// purchase within <see cref="HorizonDays"/> of a cut-off, from recency, frequency, tenure, spend and
/// BG/NBD's view of the customer at that cut-off.
/// </summary>
public sealed class ChurnModel
{
    private readonly MLContext _context;
    private readonly ITransformer _transformer;

    internal ChurnModel(MLContext context, ITransformer transformer, int horizonDays)
    {
        _context = context;
        _transformer = transformer;
        HorizonDays = horizonDays;
    }

    /// <summary>The horizon in days the model predicts churn over.</summary>
    public int HorizonDays { get; }

    /// <summary>Churn probability of every customer with a purchase at or before <paramref name="asOf"/>, ordered by id.</summary>
    /// <exception cref="ArgumentException">No purchase before <paramref name="asOf"/>, or none repeated (BG/NBD features cannot be fitted).</exception>
    public IReadOnlyList<ChurnScore> Score(IEnumerable<Order> orders, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var purchases = TransactionSummary.Purchases(orders).ToList();
        var features = ChurnFeatures.At(purchases, asOf, HorizonDays, cancellationToken);
        var probabilities = Probabilities(features.Rows);
        var scores = new ChurnScore[probabilities.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = new ChurnScore(features.Customers[i].CustomerId, probabilities[i]);
        }

        return scores;
    }

    internal double[] Probabilities(float[][] rows)
    {
        var data = ChurnPropensity.Load(_context, rows, new bool[rows.Length]);
        return _transformer.Transform(data).GetColumn<float>("Probability").Select(p => (double)p).ToArray();
    }
}
