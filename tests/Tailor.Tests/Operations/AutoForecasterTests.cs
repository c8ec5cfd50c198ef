using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class AutoForecasterTests
{
    [Fact]
    public void Intermittent_series_route_to_the_croston_family()
    {
        double[] y = IntermittentTests.SimulatedIntermittent(new Random(4), 120);
        AutoForecastModel model = new AutoForecaster().Fit(y, 7);

        Assert.True(model.Intermittent);
        Assert.Contains(model.Forecaster, new[] { "Croston", "SBA", "TSB" });
        Assert.Equal(["Croston", "SBA", "TSB"], model.Scores.Select(s => s.Forecaster).ToArray());
    }

    [Fact]
    public void A_trending_seasonal_series_chooses_a_model_that_beats_the_naive_methods()
    {
        AutoForecastModel model = new AutoForecaster().Fit(AirPassengers.Values, AirPassengers.SeasonLength);

        Assert.False(model.Intermittent);
        CandidateScore chosen = model.Scores.Single(s => s.Forecaster == model.Forecaster);
        Assert.Contains(model.Forecaster, new[] { "ETS", "Theta" });
        Assert.All(model.Scores.Where(s => s.Failure is null), s => Assert.True(chosen.Mase <= s.Mase));
        Assert.True(chosen.Mase < model.Scores.Single(s => s.Forecaster == "SeasonalNaive").Mase);
        Assert.Equal(12, model.Forecast(12).Horizon);
    }

    [Fact]
    public void A_series_too_short_to_backtest_falls_back_to_a_naive_method()
    {
        AutoForecastModel model = new AutoForecaster().Fit([5, 6, 7, 6, 5, 6], 1);

        Assert.Equal("Naive", model.Forecaster);
        Assert.All(model.Scores, s => Assert.NotNull(s.Failure));
    }

    [Fact]
    public void Intermittency_uses_the_average_demand_interval()
    {
        // 3 demands in 4 periods: ADI 1.33 > 1.32. 4 in 5: ADI 1.25.
        Assert.True(AutoForecaster.IsIntermittent([1, 0, 2, 3]));
        Assert.False(AutoForecaster.IsIntermittent([1, 0, 2, 3, 4]));
        Assert.False(AutoForecaster.IsIntermittent([1, 0, 0, -3]));
        Assert.True(AutoForecaster.IsIntermittent([0, 0, 0]));
    }

    [Fact]
    public void Many_series_give_the_same_models_in_parallel_as_one_by_one()
    {
        var random = new Random(8);
        double[][] series = [.. Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? IntermittentTests.SimulatedIntermittent(random, 90)
            : [.. Enumerable.Range(0, 90).Select(t => 50 + (10 * Math.Sin(2 * Math.PI * t / 7)) + (5 * random.NextDouble()))])];
        var forecaster = new AutoForecaster(new AutoForecastOptions { MaxDegreeOfParallelism = 2 });

        var progress = new MaxProgress();
        IReadOnlyList<AutoForecastModel> many = forecaster.FitMany(series, 7, progress);

        Assert.Equal(series.Length, progress.Max);

        for (int i = 0; i < series.Length; i++)
        {
            AutoForecastModel one = forecaster.Fit(series[i], 7);
            Assert.Equal(one.Description, many[i].Description);
            Assert.Equal(one.Forecast(7).Point.ToArray(), many[i].Forecast(7).Point.ToArray());
        }
    }

    private sealed class MaxProgress : IProgress<int>
    {
        private int _max;

        public int Max => Volatile.Read(ref _max);

        public void Report(int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref _max)) < value && Interlocked.CompareExchange(ref _max, value, seen) != seen)
            {
            }
        }
    }
}
