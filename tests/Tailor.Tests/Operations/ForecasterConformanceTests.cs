using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>What every forecaster must do, whatever its method.</summary>
public sealed class ForecasterConformanceTests
{
    private static readonly double[] _series =
        [.. Enumerable.Range(0, 70).Select(t => 40 + (0.2 * t) + (8 * Math.Sin(2 * Math.PI * t / 7)) + ((t * 37 % 11) - 5))];

    [Theory]
    [MemberData(nameof(InputValidationTests.Forecasters), MemberType = typeof(InputValidationTests))]
    public void Same_input_gives_the_same_forecast(string name)
    {
        ForecastResult a = InputValidationTests.Create(name).Fit(_series, 7).Forecast(14);
        ForecastResult b = InputValidationTests.Create(name).Fit(_series, 7).Forecast(14);

        Assert.Equal(a.Point.ToArray(), b.Point.ToArray());
        Assert.Equal(a.Upper95.ToArray(), b.Upper95.ToArray());
        Assert.Equal(a.Model, b.Model);
    }

    [Theory]
    [MemberData(nameof(InputValidationTests.Forecasters), MemberType = typeof(InputValidationTests))]
    public void Intervals_are_nested_around_the_forecast(string name)
    {
        ForecastResult f = InputValidationTests.Create(name).Fit(_series, 7).Forecast(14);

        Assert.Equal(14, f.Horizon);
        for (int h = 0; h < 14; h++)
        {
            Assert.True(double.IsFinite(f.Point[h]));
            Assert.True(f.Lower95[h] <= f.Lower80[h] && f.Lower80[h] <= f.Point[h], $"{name} lower bounds at {h}");
            Assert.True(f.Point[h] <= f.Upper80[h] && f.Upper80[h] <= f.Upper95[h], $"{name} upper bounds at {h}");
        }
    }

    [Fact]
    public void A_fitted_ets_model_survives_a_json_round_trip()
    {
        EtsModel model = new EtsForecaster().Fit(_series, 7);

        string json = System.Text.Json.JsonSerializer.Serialize(model);
        EtsModel loaded = System.Text.Json.JsonSerializer.Deserialize<EtsModel>(json)!;

        Assert.Equal(model.Forecast(14).Point.ToArray(), loaded.Forecast(14).Point.ToArray());
        Assert.Equal(model.Forecast(14).Lower95.ToArray(), loaded.Forecast(14).Lower95.ToArray());
    }

    [Fact]
    public void Cancellation_stops_a_fit()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new EtsForecaster().Fit(_series, 7, source.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new AutoForecaster().Fit(_series, 7, source.Token));
    }
}
