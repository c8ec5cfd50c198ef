using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>The backtest's warm refit of ETS components (not R's recipe, so judged against R's recipe's fit).</summary>
public sealed class EtsRefitTests
{
    [Theory]
    [InlineData("MAdM", 12)]
    [InlineData("MAM", 24)]
    [InlineData("ANA", 36)]
    [InlineData("AAdN", 12)]
    public void Warm_refit_of_a_window_is_about_as_likely_as_R_cold_fit(string code, int dropped)
    {
        var options = new EtsOptions { Model = EtsSpec.Parse(code) };
        double[] window = AirPassengers.Values[..^dropped];
        EtsModel whole = new EtsForecaster(options).Fit(AirPassengers.Values, 12);
        EtsModel cold = new EtsForecaster(options).Fit(window, 12);

        EtsModel? warm = EtsFitter.Refit(window, whole, options, AutoForecastDefaults.BacktestEtsTolerance, default);

        Assert.NotNull(warm);
        Assert.Equal(whole.Spec, warm.Spec);
        Assert.Equal(window.Length, warm.Fitted.Length);

        // Log-likelihood no more than 1 below R's fit (a likelihood-ratio statistic of 2), which it may beat:
        // the start is the whole series' optimum, often better than R's heuristic start (by 4.4 for
        // ETS(M,A,M) here, whose forecasts then differ by up to 6%).
        double gap = cold.Criteria!.LogLikelihood - warm.Criteria!.LogLikelihood;
        Assert.True(gap < 1, $"{code}: warm log-likelihood {warm.Criteria.LogLikelihood:F3}, R's {cold.Criteria.LogLikelihood:F3}");
        Approx.AllRelative([.. cold.Forecast(6).Point], warm.Forecast(6).Point, 0.10, $"{code} forecast");
    }

    [Fact]
    public void Warm_refit_declines_windows_the_components_do_not_suit()
    {
        var options = new EtsOptions();
        EtsModel whole = new EtsForecaster(options with { Model = EtsSpec.Parse("MAM") }).Fit(AirPassengers.Values, 12);
        double[] withZero = [.. AirPassengers.Values];
        withZero[100] = 0;

        // R counts 16 parameters for ETS(M,A,M) on monthly data and wants more than 20 observations; a zero
        // rules out multiplicative components.
        Assert.Null(EtsFitter.Refit(AirPassengers.Values[..20], whole, options, 1e-4, default));
        Assert.Null(EtsFitter.Refit(withZero, whole, options, 1e-4, default));
        Assert.NotNull(EtsFitter.Refit(AirPassengers.Values[..40], whole, options, 1e-4, default));
    }
}
