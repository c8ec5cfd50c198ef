using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class BacktestTests
{
    [Fact]
    public void Origins_step_back_from_the_end_by_one_horizon()
    {
        // A line 0, 1, 2, ...: naive forecasts from origin T are T - 1, so errors are 1..h, MAE (h + 1) / 2,
        // and the lag-1 naive scale is 1, so MASE equals MAE at every origin.
        double[] line = [.. Enumerable.Range(0, 30).Select(i => (double)i)];
        SeriesBacktest result = Backtester.Evaluate(new NaiveForecaster(), line, 1, new BacktestOptions { Horizon = 5, Origins = 3 });

        Assert.Equal([15, 20, 25], result.Origins.Select(o => o.TrainingLength).ToArray());
        Assert.All(result.Origins, o => Assert.Equal(3, o.Metrics.Mae, 12));
        Assert.Equal(3, result.Mean.Mase, 12);
        Assert.Equal("Naive", result.Forecaster);
    }

    [Fact]
    public void Origins_that_leave_too_little_training_are_skipped()
    {
        double[] y = [.. Enumerable.Range(0, 20).Select(i => (double)(i % 4))];
        var options = new BacktestOptions { Horizon = 6, Origins = 3, MinimumTraining = 8 };
        SeriesBacktest result = Backtester.Evaluate(new SeasonalNaiveForecaster(), y, 4, options);

        Assert.Equal([8, 14], result.Origins.Select(o => o.TrainingLength).ToArray());

        // Seasonal naive is exact on a pure cycle: zero error, intervals of zero width still cover.
        Assert.Equal(0, result.Mean.Mae);
        Assert.Equal(1, result.Mean.Coverage95);
    }

    [Fact]
    public void Coverage_of_normal_intervals_is_near_nominal_on_a_random_walk()
    {
        var random = new Random(9);
        double[][] walks = [.. Enumerable.Range(0, 200).Select(_ => RandomWalk(random, 60))];
        BacktestSummary summary = Backtester.EvaluateMany(new NaiveForecaster(), walks, 1, new BacktestOptions { Horizon = 5, Origins = 2 });

        Assert.Equal(200, summary.SeriesTested);
        Approx.Absolute(0.8, summary.Mean.Coverage80, 0.05, "80% coverage");
        Approx.Absolute(0.95, summary.Mean.Coverage95, 0.03, "95% coverage");
    }

    [Fact]
    public void Too_short_series_are_rejected_alone_and_skipped_in_a_batch()
    {
        var options = new BacktestOptions { Horizon = 5, Origins = 2, MinimumTraining = 8, MaxDegreeOfParallelism = 1 };
        ArgumentException e = Assert.Throws<ArgumentException>(() => Backtester.Evaluate(new NaiveForecaster(), [1, 2, 3, 4, 5, 6, 7, 8, 9], 1, options));
        BacktestSummary summary = Backtester.EvaluateMany(new NaiveForecaster(), [[1, 2, 3], [.. Enumerable.Range(0, 20).Select(i => (double)i)]], 1, options);

        Assert.Contains("needs 13 observations", e.Message, StringComparison.Ordinal);
        Assert.Null(summary.Series[0]);
        Assert.NotNull(summary.Series[1]);
        Assert.Equal(1, summary.SeriesTested);
    }

    [Fact]
    public void A_series_the_forecaster_rejects_is_left_out_of_a_batch()
    {
        var forecaster = new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse("MNN") });
        double[] positive = [.. Enumerable.Range(1, 40).Select(i => 10.0 + (i % 5))];
        double[] withZero = [.. positive];
        withZero[3] = 0;

        BacktestSummary summary = Backtester.EvaluateMany(forecaster, [positive, withZero], 1, new BacktestOptions { Horizon = 5, Origins = 2 });

        Assert.NotNull(summary.Series[0]);
        Assert.Null(summary.Series[1]);
        Assert.Equal(1, summary.SeriesTested);
    }

    private static double[] RandomWalk(Random random, int length)
    {
        var y = new double[length];
        for (int t = 1; t < length; t++)
        {
            double u1 = 1 - random.NextDouble();
            double u2 = random.NextDouble();
            y[t] = y[t - 1] + (Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        return y;
    }
}
