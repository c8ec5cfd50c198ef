using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class BinaryMetricsTests
{
    [Fact]
    public void Auc_counts_pairs_and_ties_half()
    {
        // Positives 0.9, 0.4; negatives 0.5, 0.4, 0.1. Pairs won: 0.9 beats all 3; 0.4 beats 0.1, ties 0.4: 1.5.
        // AUC = 4.5 / 6 = 0.75.
        Assert.Equal(0.75, BinaryMetrics.Auc([0.9, 0.5, 0.4, 0.4, 0.1], [true, false, true, false, false]), 12);
        Assert.Equal(1, BinaryMetrics.Auc([3, 2, 1], [true, false, false]));
        Assert.True(double.IsNaN(BinaryMetrics.Auc([1, 2], [true, true])));
    }

    [Fact]
    public void Log_loss_is_the_mean_negative_log_likelihood()
    {
        // -(ln 0.8 + ln(1 - 0.3)) / 2 = 0.2899092.
        Assert.Equal(0.2899092, BinaryMetrics.LogLoss([0.8, 0.3], [true, false]), 6);
        Assert.True(double.IsFinite(BinaryMetrics.LogLoss([0.0], [true])));
    }
}
