using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>ETS against R forecast 8.20 on AirPassengers; every constant below was printed by R.</summary>
public sealed class EtsAirPassengersTests
{
    [Fact]
    public void Automatic_selection_picks_R_model_with_R_criteria_and_forecasts()
    {
        EtsModel model = new EtsForecaster().Fit(AirPassengers.Values, AirPassengers.SeasonLength);

        Assert.Equal("ETS(M,Ad,M)", model.Description);
        InformationCriteria criteria = model.Criteria!;
        Assert.Equal(18, criteria.Parameters);
        AssertRelative(1400.638432, criteria.Aicc, 0.005);
        AssertRelative(1395.166432, criteria.Aic, 0.005);
        AssertRelative(1448.623072, criteria.Bic, 0.005);

        ForecastResult forecast = model.Forecast(12);
        double[] r =
        [
            441.8018473, 434.1186201, 496.6300468, 483.2374794, 483.9913534, 551.0244000,
            613.1796792, 609.3648308, 530.5408345, 463.0332145, 402.7478001, 451.9693731,
        ];
        for (int i = 0; i < r.Length; i++)
        {
            AssertRelative(r[i], forecast.Point[i], 0.01);
        }
    }

    private static void AssertRelative(double expected, double actual, double tolerance)
    {
        double error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"expected {expected} within {tolerance:P2}, got {actual} ({error:P3} off)");
    }
}
