using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class IntermittentTests
{
    // Demands 3, 5, 2, 4 in periods 3, 7, 9, 12 (1-based): intervals 3, 4, 2, 3.
    private static readonly double[] _series = [0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 4];

    [Fact]
    public void Croston_smooths_sizes_and_intervals_by_hand()
    {
        // Sizes: 3, then 3 + 0.1 (5 - 3) = 3.2, 3.2 + 0.1 (2 - 3.2) = 3.08, 3.08 + 0.1 (4 - 3.08) = 3.172.
        // Intervals: 3, then 3 + 0.1 (4 - 3) = 3.1, 3.1 + 0.1 (2 - 3.1) = 2.99, 2.99 + 0.1 (3 - 2.99) = 2.991.
        // R's croston(x, alpha = 0.1) prints 1.060515.
        ForecastResult f = Fit(IntermittentMethod.Croston).Forecast(3);

        Approx.Absolute(3.172 / 2.991, f.Point[0], 1e-12);
        Approx.Absolute(1.060515, f.Point[0], 1e-6);
        Assert.Equal(f.Point[0], f.Point[2]);
    }

    [Fact]
    public void Sba_deflates_croston_by_one_minus_half_alpha()
    {
        ForecastResult f = Fit(IntermittentMethod.Sba).Forecast(1);

        Approx.Absolute(0.95 * 3.172 / 2.991, f.Point[0], 1e-12);
    }

    [Fact]
    public void Tsb_updates_probability_every_period_by_hand()
    {
        // Start: size = mean(3, 5, 2, 4) = 3.5, probability = 4 / 12. Each zero multiplies the probability
        // by 0.9; each demand moves it 10% of the way to 1 and the size 10% of the way to the demand:
        // sizes 3.45, 3.605, 3.4445, 3.50005; final probability 0.364834227727.
        ForecastResult f = Fit(IntermittentMethod.Tsb).Forecast(1);

        double p = 1.0 / 3;
        double z = 3.5;
        foreach (double y in _series)
        {
            if (y > 0)
            {
                p += 0.1 * (1 - p);
                z += 0.1 * (y - z);
            }
            else
            {
                p *= 0.9;
            }
        }

        Approx.Absolute(0.364834227727 * 3.50005, f.Point[0], 1e-9);
        Approx.Absolute(p * z, f.Point[0], 1e-12);
    }

    [Fact]
    public void Intervals_never_go_below_zero_and_no_demand_forecasts_zero()
    {
        ForecastResult f = Fit(IntermittentMethod.Sba).Forecast(2);
        ForecastResult none = new IntermittentForecaster().Fit(new double[20], 7).Forecast(2);

        Assert.Equal(0, f.Lower95[0]);
        Assert.True(f.Upper95[0] > f.Upper80[0]);
        Assert.All(none.Point, v => Assert.Equal(0, v));
        Assert.All(none.Upper95, v => Assert.Equal(0, v));
    }

    [Theory]
    [InlineData(IntermittentMethod.Sba)]
    [InlineData(IntermittentMethod.Tsb)]
    public void Optimised_smoothing_does_not_raise_in_sample_error(IntermittentMethod method)
    {
        double[] y = SimulatedIntermittent(new Random(5), 200);
        var tuned = (IntermittentModel)new IntermittentForecaster(new IntermittentOptions { Method = method, OptimizeSmoothing = true }).Fit(y, 1);

        Assert.InRange(tuned.Alpha, 0.01, 0.5);
        Assert.True(InSampleMse(method, y, tuned.Alpha, tuned.Beta) <= InSampleMse(method, y, 0.1, 0.1));
        Assert.NotEqual(0.1, tuned.Alpha);
    }

    private static double InSampleMse(IntermittentMethod method, double[] y, double alpha, double beta)
    {
        IntermittentSmoothing.Pass pass = method == IntermittentMethod.Tsb
            ? IntermittentSmoothing.Tsb(y, alpha, beta)
            : IntermittentSmoothing.Croston(y, alpha, 1 - (alpha / 2));
        return pass.SumSquaredErrors / pass.Count;
    }

    [Fact]
    public void Croston_family_beats_seasonal_naive_on_simulated_intermittent_demand()
    {
        // 40 items of daily demand: a sale on 15% of days, 1 to 6 units. Seasonal naive copies last week's
        // random zeros and spikes; the Croston family forecasts the steady rate. Judged by RMSSE, the M5
        // competition's measure for such data: absolute errors favour forecasting zero whenever most days
        // are zero, which tells a shop nothing about how much to stock, so MASE barely separates them.
        var random = new Random(2024);
        double[][] series = [.. Enumerable.Range(0, 40).Select(_ => SimulatedIntermittent(random, 180))];
        var options = new BacktestOptions { Horizon = 14, Origins = 4, MaxDegreeOfParallelism = 1 };

        double naive = Backtester.EvaluateMany(new SeasonalNaiveForecaster(), series, 7, options).Mean.Rmsse;
        foreach (IntermittentMethod method in Enum.GetValues<IntermittentMethod>())
        {
            var forecaster = new IntermittentForecaster(new IntermittentOptions { Method = method });
            double rmsse = Backtester.EvaluateMany(forecaster, series, 7, options).Mean.Rmsse;
            Assert.True(rmsse < 0.8 * naive, $"{method} RMSSE {rmsse:F3} vs seasonal naive {naive:F3}");
        }
    }

    internal static double[] SimulatedIntermittent(Random random, int length)
    {
        var y = new double[length];
        for (int t = 0; t < length; t++)
        {
            y[t] = random.NextDouble() < 0.15 ? random.Next(1, 7) : 0;
        }

        return y;
    }

    private static IForecastModel Fit(IntermittentMethod method) =>
        new IntermittentForecaster(new IntermittentOptions { Method = method, Alpha = 0.1, Beta = 0.1 }).Fit(_series, 1);
}
