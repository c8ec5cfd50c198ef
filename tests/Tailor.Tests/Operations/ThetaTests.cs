using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>Theta against R's <c>thetaf</c> (forecast 8.20).</summary>
public sealed class ThetaTests
{
    private static readonly double[] _small = [12, 15, 14, 18, 17, 21, 19, 23, 22, 26, 24, 28];

    [Fact]
    public void Small_nonseasonal_series_matches_thetaf_and_the_hand_computed_drift()
    {
        var model = (ThetaModel)new ThetaForecaster().Fit(_small, 1);
        ForecastResult f = model.Forecast(4);

        // lsfit(0:11, x) has slope 1.318182 (sum of dx dy 188.5 over sum dx^2 143), so the drift is 0.659091.
        Approx.Absolute(188.5 / 143 / 2, model.Drift, 1e-12, "drift");
        Approx.Relative(0.7387115983, model.Alpha, 1e-6, "alpha");
        Approx.AllRelative([27.91234484, 28.57143575, 29.23052666, 29.88961757], f.Point, 1e-7, "mean");
        Approx.AllRelative([24.15599656, 23.90131909, 23.79823186, 23.78964512], f.Lower80, 1e-7, "lo80");
        Approx.AllRelative([33.65718379, 35.71376283, 37.53850461, 39.21872037], f.Upper95, 1e-7, "hi95");

        // Successive means differ by exactly the drift.
        Approx.Absolute(model.Drift, f.Point[1] - f.Point[0], 1e-9, "step");
    }

    [Fact]
    public void Seasonal_series_is_adjusted_and_reseasonalised_like_thetaf()
    {
        IForecastModel model = new ThetaForecaster().Fit(AirPassengers.Values, AirPassengers.SeasonLength);
        ForecastResult f = model.Forecast(12);

        Assert.Equal("Theta (seasonally adjusted)", model.Description);
        Approx.AllRelative([440.0781911, 428.3842806, 489.7070987, 447.6449087], [f.Point[0], f.Point[1], f.Point[2], f.Point[11]], 1e-7, "mean");
        Approx.AllRelative([426.2937571, 406.9396965], [f.Lower80[0], f.Lower80[11]], 1e-7, "lo80");
    }

    [Fact]
    public void Seasonality_test_rejects_white_noise_and_accepts_a_strong_cycle()
    {
        var random = new Random(3);
        double[] noise = [.. Enumerable.Range(0, 60).Select(_ => 100 + random.NextDouble())];
        double[] cycle = [.. Enumerable.Range(0, 60).Select(t => 100 + (10 * Math.Sin(2 * Math.PI * t / 12)) + random.NextDouble())];

        Assert.False(ThetaForecaster.IsSeasonal(noise, 12));
        Assert.True(ThetaForecaster.IsSeasonal(cycle, 12));
    }
}
