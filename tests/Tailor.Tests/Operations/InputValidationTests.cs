using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>Bad input fails early with an <see cref="ArgumentException"/> that says what is wrong.</summary>
public sealed class InputValidationTests
{
    public static TheoryData<string> Forecasters => ["Naive", "SeasonalNaive", "ETS", "Theta", "Croston", "Auto"];

    [Theory]
    [MemberData(nameof(Forecasters))]
    public void Empty_series_are_rejected(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Create(name).Fit([], 7));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Forecasters))]
    public void Season_lengths_below_one_are_rejected(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Create(name).Fit([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0));
        Assert.Contains("Season length must be at least 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Create(name).Fit([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], -12));
    }

    [Theory]
    [MemberData(nameof(Forecasters))]
    public void Missing_values_are_rejected(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Create(name).Fit([1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10], 1));
        Assert.Contains("value 2 is NaN", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MNN")]
    [InlineData("MAdM")]
    public void Multiplicative_models_reject_zero_or_negative_demand(string code)
    {
        double[] y = [.. AirPassengers.Values];
        y[10] = -3;
        var forecaster = new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse(code) });

        ArgumentException e = Assert.Throws<ArgumentException>(() => forecaster.Fit(y, 12));
        Assert.Contains("strictly positive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Croston_rejects_negative_demand()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new IntermittentForecaster().Fit([0, 2, -1, 0], 1));
        Assert.Contains("non-negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ets_rejects_forbidden_or_impossible_models()
    {
        Assert.Throws<ArgumentException>(() => new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse("ANM") }).Fit(AirPassengers.Values, 12));
        Assert.Throws<ArgumentException>(() => new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse("AAA") }).Fit(AirPassengers.Values, 1));
        Assert.Throws<ArgumentException>(() => new EtsForecaster(new EtsOptions { Model = EtsSpec.Parse("AAA") }).Fit(AirPassengers.Values[..15], 12));
        Assert.Throws<ArgumentException>(() => new EtsForecaster().Fit([1, 2, 3, 4, 5], 1));
    }

    [Fact]
    public void Horizons_below_one_are_rejected()
    {
        IForecastModel model = new NaiveForecaster().Fit([1, 2, 3], 1);

        Assert.Throws<ArgumentException>(() => model.Forecast(0));
    }

    [Fact]
    public void Options_out_of_range_are_rejected_with_their_name()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new EtsForecaster(new EtsOptions { PhiLower = 0.99, PhiUpper = 0.9 }));
        Assert.Equal("PhiLower", e.ParamName);
        Assert.Throws<ArgumentException>(() => new IntermittentForecaster(new IntermittentOptions { Alpha = 0 }));
        Assert.Throws<ArgumentException>(() => new AutoForecaster(new AutoForecastOptions { Origins = 0 }));
        Assert.Throws<ArgumentException>(() => ErlangC.Staff(100, 120, new StaffingOptions { TargetServiceLevel = 1 }));
        Assert.Throws<ArgumentException>(() => ErlangC.Staff(100, 0));
    }

    internal static IForecaster Create(string name) => name switch
    {
        "Naive" => new NaiveForecaster(),
        "SeasonalNaive" => new SeasonalNaiveForecaster(),
        "ETS" => new EtsForecaster(),
        "Theta" => new ThetaForecaster(),
        "Croston" => new IntermittentForecaster(),
        _ => new AutoForecaster(),
    };
}
