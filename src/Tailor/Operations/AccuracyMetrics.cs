namespace Tailor.Operations;

/// <summary>
/// Forecast accuracy over a test window (or a mean of several). NaN marks a metric that is undefined,
/// such as MASE when the training data never change.
/// </summary>
/// <param name="Mae">Mean absolute error, in the data's units.</param>
/// <param name="Mase">
/// Mean absolute scaled error (Hyndman and Koehler 2006): MAE divided by the in-sample MAE of the
/// seasonal naive method on the training data. Below 1 beats seasonal naive's one-step accuracy.
/// </param>
/// <param name="Smape">Symmetric MAPE in percent, 200 |y - f| / (|y| + |f|) averaged; a period where both are 0 counts as 0.</param>
/// <param name="Rmsse">Root mean squared scaled error (the M5 competition's measure), scaled like MASE but squared.</param>
/// <param name="Coverage80">Share of actual values inside the 80% intervals; ideally 0.8.</param>
/// <param name="Coverage95">Share of actual values inside the 95% intervals; ideally 0.95.</param>
public sealed record AccuracyMetrics(double Mae, double Mase, double Smape, double Rmsse, double Coverage80, double Coverage95)
{
    /// <summary>Component-wise mean that skips NaN values; NaN where every value is NaN.</summary>
    public static AccuracyMetrics Mean(IReadOnlyList<AccuracyMetrics> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new AccuracyMetrics(
            MeanOf(metrics, a => a.Mae),
            MeanOf(metrics, a => a.Mase),
            MeanOf(metrics, a => a.Smape),
            MeanOf(metrics, a => a.Rmsse),
            MeanOf(metrics, a => a.Coverage80),
            MeanOf(metrics, a => a.Coverage95));
    }

    private static double MeanOf(IReadOnlyList<AccuracyMetrics> metrics, Func<AccuracyMetrics, double> select)
    {
        double sum = 0;
        int count = 0;
        foreach (AccuracyMetrics m in metrics)
        {
            double v = select(m);
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
