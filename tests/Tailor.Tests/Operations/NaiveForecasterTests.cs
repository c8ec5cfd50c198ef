using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class NaiveForecasterTests
{
    // Three seasons of three: lag-3 differences 2, 2, 3, -1, -3, -2, so sigma^2 = (4+4+9+1+9+4) / 6 = 31/6.
    private static readonly double[] _series = [10, 20, 30, 12, 22, 33, 11, 19, 31];

    [Fact]
    public void Seasonal_naive_repeats_the_last_season_with_widening_intervals()
    {
        ForecastResult f = new SeasonalNaiveForecaster().Fit(_series, 3).Forecast(5);
        double sigma = Math.Sqrt(31.0 / 6);

        Assert.Equal([11, 19, 31, 11, 19], f.Point.ToArray());

        // fpp3 5.5: sd_h = sigma sqrt(floor((h - 1) / m) + 1). R's snaive prints 8.086994483 and 4.699597276.
        Approx.Absolute(11 - (1.2815515655 * sigma), f.Lower80[0], 1e-8);
        Approx.Absolute(8.086994483, f.Lower80[0], 1e-8);
        Approx.Absolute(11 - (1.959963985 * sigma * Math.Sqrt(2)), f.Lower95[3], 1e-8);
        Approx.Absolute(4.699597276, f.Lower95[3], 1e-8);
        Approx.Absolute(f.Upper95[2] - 31, 31 - f.Lower95[2], 1e-12);
    }

    [Fact]
    public void Naive_repeats_the_last_value_with_sqrt_h_intervals()
    {
        // Lag-1 differences 10, 10, -18, 10, 11, -22, 8, 12: sigma^2 = 1437 / 8.
        ForecastResult f = new NaiveForecaster().Fit(_series, 3).Forecast(3);
        double sigma = Math.Sqrt(1437.0 / 8);

        Assert.Equal([31, 31, 31], f.Point.ToArray());
        Approx.Absolute(31 + (1.2815515655 * sigma * Math.Sqrt(3)), f.Upper80[2], 1e-8);
        Approx.Absolute(60.74952963, f.Upper80[2], 1e-7);
        Approx.Absolute(-6.148944552, f.Lower95[1], 1e-7);
    }

    [Fact]
    public void Seasonal_naive_without_a_full_season_of_history_is_naive()
    {
        IForecastModel model = new SeasonalNaiveForecaster().Fit([1, 2, 3], 7);

        Assert.Equal("Naive", model.Description);
        Assert.Equal([3, 3], model.Forecast(2).Point.ToArray());
    }
}
