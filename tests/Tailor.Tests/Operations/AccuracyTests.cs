using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class AccuracyTests
{
    [Fact]
    public void Mase_scales_by_the_in_sample_seasonal_naive_error()
    {
        // Training 1, 2, 3, 5, 4, 6 with m = 2: |3-1| |5-2| |4-3| |6-5| = 2, 3, 1, 1, mean 7/4.
        double[] training = [1, 2, 3, 5, 4, 6];
        double[] actual = [7, 8];
        double[] forecast = [6, 10];

        Assert.Equal(1.75, ForecastAccuracy.NaiveScale(training, 2));
        Assert.Equal(1.5, ForecastAccuracy.Mae(actual, forecast));
        Approx.Absolute(1.5 / 1.75, ForecastAccuracy.Mase(actual, forecast, 1.75), 1e-15);

        // RMSSE: squared lag-2 differences 4, 9, 1, 1 (mean 15/4); errors 1 and -2 (MSE 5/2).
        Approx.Absolute(Math.Sqrt(2.5 / 3.75), ForecastAccuracy.Rmsse(actual, forecast, ForecastAccuracy.NaiveSquaredScale(training, 2)), 1e-15);
    }

    [Fact]
    public void Smape_is_symmetric_and_counts_a_double_zero_as_perfect()
    {
        // 200 |100 - 110| / 210 = 9.5238; 200 |0 - 5| / 5 = 200; 0 and 0 counts 0. Mean 69.8413.
        double smape = ForecastAccuracy.Smape([100, 0, 0], [110, 5, 0]);

        Approx.Absolute(((2000.0 / 210) + 200) / 3, smape, 1e-12);
        Assert.Equal(ForecastAccuracy.Smape([110], [100]), ForecastAccuracy.Smape([100], [110]));
    }

    [Fact]
    public void Coverage_counts_values_inside_closed_intervals()
    {
        double coverage = ForecastAccuracy.Coverage([1, 2, 3, 4], [0, 2, 4, 0], [1, 3, 5, 3]);

        Assert.Equal(0.5, coverage);
    }

    [Fact]
    public void Scale_falls_back_to_lag_one_and_constant_training_gives_nan()
    {
        Assert.Equal(1, ForecastAccuracy.NaiveScale([1, 2, 3], 12));
        Assert.True(double.IsNaN(ForecastAccuracy.Mase([3], [3], ForecastAccuracy.NaiveScale([4, 4, 4, 4], 1))));
    }

    [Fact]
    public void Mismatched_or_empty_inputs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ForecastAccuracy.Mae([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => ForecastAccuracy.Smape([], []));
    }
}
