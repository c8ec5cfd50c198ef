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
        Assert.All(model.Scores.Where(s => s.Failure is null), s => Assert.True(chosen.Mase <= s.Mase / (1 - AutoForecastDefaults.SwitchMargin)));
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
        // By default more than half the periods without demand: 2 demands in 5 periods is ADI 2.5, 2 in 4 is 2.
        Assert.True(AutoForecaster.IsIntermittent([1, 0, 0, 2, 0]));
        Assert.False(AutoForecaster.IsIntermittent([1, 0, 0, 2]));
        Assert.False(AutoForecaster.IsIntermittent([1, 0, 0, -3, 0]));
        Assert.True(AutoForecaster.IsIntermittent([0, 0, 0]));

        // Syntetos, Boylan and Croston's cut-off: 3 demands in 4 periods is ADI 1.33 > 1.32, 4 in 5 is 1.25.
        Assert.True(AutoForecaster.IsIntermittent([1, 0, 2, 3], 1.32));
        Assert.False(AutoForecaster.IsIntermittent([1, 0, 2, 3, 4], 1.32));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void When_ETS_wins_the_model_is_the_whole_series_selection_R_would_make(int seed)
    {
        // The automatic choice reuses the ETS it selected on the whole series instead of refitting the winner.
        double[] y = DailySeries(seed);
        AutoForecastModel auto = new AutoForecaster().Fit(y, 7);
        EtsModel alone = new EtsForecaster().Fit(y, 7);

        Assert.Equal("ETS", auto.Forecaster);
        Assert.Equal(alone.Description, auto.Description);
        Assert.Equal(alone.Criteria!.Aicc, auto.Criteria!.Aicc);
        Assert.Equal(alone.Forecast(14).Point.ToArray(), auto.Forecast(14).Point.ToArray());
    }

    [Fact]
    public void Refitting_the_whole_series_components_chooses_as_reselecting_at_each_origin()
    {
        // The fast path refits the whole-series ETS components from the whole-series fit at each origin;
        // the slow one selects ETS afresh at each origin from R's starting values.
        var fast = new AutoForecaster();
        var slow = new AutoForecaster(new AutoForecastOptions { ReselectEtsAtEachOrigin = true });
        for (int seed = 0; seed < 6; seed++)
        {
            double[] y = DailySeries(seed);
            AutoForecastModel a = fast.Fit(y, 7);
            AutoForecastModel b = slow.Fit(y, 7);

            Assert.Equal(b.Forecaster, a.Forecaster);
            double fastEts = a.Scores.Single(s => s.Forecaster == "ETS").Mase;
            double slowEts = b.Scores.Single(s => s.Forecaster == "ETS").Mase;
            Approx.Relative(slowEts, fastEts, 0.15, $"seed {seed}: ETS backtest MASE");
        }
    }

    [Fact]
    public void Another_candidate_replaces_ETS_only_when_better_by_the_margin()
    {
        // Seed 4: Theta's backtest MASE is about 2% below ETS's.
        double[] y = DailySeries(4);
        AutoForecastModel byDefault = new AutoForecaster().Fit(y, 7);
        AutoForecastModel lowest = new AutoForecaster(new AutoForecastOptions { SwitchMargin = 0 }).Fit(y, 7);
        AutoForecastModel small = new AutoForecaster(new AutoForecastOptions { SwitchMargin = 0.01 }).Fit(y, 7);
        double ets = byDefault.Scores.Single(s => s.Forecaster == "ETS").Mase;
        double theta = byDefault.Scores.Single(s => s.Forecaster == "Theta").Mase;

        Assert.InRange(theta, 0.8 * ets, 0.99 * ets);
        Assert.Equal("ETS", byDefault.Forecaster);
        Assert.Equal("Theta", lowest.Forecaster);
        Assert.Equal("Theta", small.Forecaster);
        Assert.Equal(lowest.Scores.Where(s => s.Failure is null).Min(s => s.Mase), lowest.Scores.Single(s => s.Forecaster == "Theta").Mase);

        // On every series the default keeps ETS unless a candidate beats it by 20%.
        for (int seed = 0; seed < 9; seed++)
        {
            AutoForecastModel model = new AutoForecaster().Fit(DailySeries(seed), 7);
            double etsMase = model.Scores.Single(s => s.Forecaster == "ETS").Mase;
            double chosen = model.Scores.Single(s => s.Forecaster == model.Forecaster).Mase;
            bool clearlyBetter = model.Scores.Any(s => s.Failure is null && s.Mase < 0.8 * etsMase);
            Assert.Equal(clearlyBetter, model.Forecaster != "ETS");
            Assert.True(model.Forecaster == "ETS" || chosen < 0.8 * etsMase, $"seed {seed}: {model.Forecaster}");
        }
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

    /// <summary>
    /// 20 weeks of daily demand with a weekly cycle and a slight trend: a steady level (seed % 3 = 0), a
    /// wandering level (1), or a strong weekly cycle (2).
    /// </summary>
    internal static double[] DailySeries(int seed, int length = 140)
    {
        var random = new Random(seed);
        int kind = seed % 3;
        var y = new double[length];
        double level = 50;
        for (int t = 0; t < length; t++)
        {
            level += kind == 1 ? 3 * (random.NextDouble() - 0.5) : 0;
            double season = (kind == 2 ? 20 : 8) * Math.Sin(2 * Math.PI * t / 7);
            y[t] = Math.Max(0, level + season + (0.05 * t) + (6 * (random.NextDouble() - 0.5)));
        }

        return y;
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
