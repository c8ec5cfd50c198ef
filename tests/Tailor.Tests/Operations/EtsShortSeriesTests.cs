using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>ETS against R forecast 8.20 where the initialisation differs: fewer than three seasons, quarterly data.</summary>
public sealed class EtsShortSeriesTests
{
    // 15, 23, 31, 19, ...: five years of a quarterly series with trend and growing seasonal swing.
    private static readonly double[] _quarterly = [15, 23, 31, 19, 17, 26, 35, 21, 20, 29, 39, 24, 22, 31, 43, 26, 25, 35, 47, 29];

    [Fact]
    public void Fewer_than_three_seasons_use_the_fourier_start_and_match_R()
    {
        // ets(ts(AirPassengers[1:30], frequency = 12), model = "AAA", damped = FALSE) and "MNM".
        double[] y = AirPassengers.Values[..30];
        EtsModel aaa = new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse("AAA") }).Fit(y, 12);
        EtsModel mnm = new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse("MNM") }).Fit(y, 12);

        Approx.Relative(290.4910454, aaa.Criteria!.Aicc, 1e-7, "AAA AICc");
        Approx.Relative(0.504342340859, aaa.Parameters.Alpha, 1e-6, "AAA alpha");
        Approx.Relative(-27.737111403076, aaa.InitialState[3], 1e-6, "AAA s1");
        Approx.Relative(292.2408006, mnm.Criteria!.Aicc, 1e-7, "MNM AICc");
        Approx.Relative(0.4534810485, mnm.Parameters.Gamma, 1e-6, "MNM gamma");
    }

    [Fact]
    public void Automatic_selection_on_short_monthly_data_matches_R()
    {
        EtsModel model = new EtsForecaster().Fit(AirPassengers.Values[..30], 12);

        Assert.Equal("ETS(A,N,N)", model.Description);
        Approx.Relative(267.9792202, model.Criteria!.Aicc, 1e-7, "AICc");
        ForecastResult f = model.Forecast(3);
        Approx.AllRelative([159.2172870, 151.4388093, 145.4699951], f.Lower80, 1e-6, "lo80");
    }

    [Fact]
    public void Quarterly_automatic_selection_matches_R()
    {
        EtsModel model = new EtsForecaster().Fit(_quarterly, 4);

        Assert.Equal("ETS(M,A,M)", model.Description);
        Approx.Relative(61.82982911, model.Criteria!.Aicc, 1e-6, "AICc");
        ForecastResult f = model.Forecast(4);
        Approx.AllRelative([26.43244116, 38.36473510, 51.50759369, 31.23169077], f.Point, 1e-6, "mean");
        Approx.AllRelative([25.36253782, 36.81043283, 49.41898970, 29.96418886], f.Lower95, 1e-6, "lo95");
    }

    [Theory]
    [InlineData("ANA", 100.7547962, new[] { 26.50573338, 34.77331602, 44.54002316 }, new[] { 22.87681730, 29.64151051, 38.25497552 })]
    [InlineData("MNA", 102.6594774, new[] { 27.50541793, 35.64351424, 44.49168874 }, new[] { 23.47176097, 29.70041732, 36.49033070 })]
    [InlineData("MAA", 85.03554848, new[] { 28.04554745, 36.99420457, 46.90545532 }, new[] { 26.01859630, 34.32050221, 43.51543164 })]
    public void Additive_seasonal_models_match_R(string code, double aicc, double[] mean, double[] lo95)
    {
        // From the season's length on, R's class-1 variance puts gamma on the second seasonal state of a
        // model without trend (a slip in forecast:::class1); Tailor puts it on the first, so only the
        // first m - 1 steps are compared here, where both agree.
        EtsModel model = new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse(code) }).Fit(_quarterly, 4);
        ForecastResult f = model.Forecast(3);

        Approx.Relative(aicc, model.Criteria!.Aicc, 1e-6, $"{code} AICc");
        Approx.AllRelative(mean, f.Point, 1e-6, $"{code} mean");
        Approx.AllRelative(lo95, f.Lower95, 1e-6, $"{code} lo95");
    }

    [Fact]
    public void A_constant_series_forecasts_the_constant_with_no_spread()
    {
        EtsModel model = new EtsForecaster().Fit([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 1);
        ForecastResult f = model.Forecast(4);

        Assert.All(f.Point, v => Assert.Equal(5, v));
        Assert.All(f.Lower95, v => Assert.Equal(5, v));
        Assert.Null(model.Criteria);
    }

    [Fact]
    public void Data_with_zeros_never_get_multiplicative_models()
    {
        double[] y = [.. _quarterly];
        y[5] = 0;
        EtsModel model = new EtsForecaster().Fit(y, 4);

        Assert.Equal(EtsError.Additive, model.Spec.Error);
        Assert.NotEqual(EtsSeason.Multiplicative, model.Spec.Season);
    }
}
