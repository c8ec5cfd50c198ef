using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class EtsRecursionTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(1e200)]
    [InlineData(1e-200)]
    [InlineData(1e-305)]
    public void Sum_of_log_forecasts_survives_overflow_and_underflow(double scale)
    {
        // The filter keeps the product of |forecast| as mantissa and power of two instead of summing logs:
        // at 1e200 the product overflows after two periods, at 1e-200 it underflows, at 1e-305 the
        // forecasts themselves are subnormal by the end. The sum must still equal sum(log |f_t|).
        EtsSpec spec = EtsSpec.Parse("MAM");
        double[] y = [.. AirPassengers.Values.Select(v => v * scale)];
        double[] initial = [120 * scale, 2 * scale, .. Enumerable.Range(0, 12).Select(j => 1 + (0.2 * Math.Sin(j)))];
        var forecasts = new double[y.Length];

        EtsPass pass = EtsRecursion.Run(y, spec, 12, 0.5, 0.01, 0.1, 1, initial, new double[12], forecasts: forecasts);

        double direct = forecasts.Sum(f => Math.Log(Math.Abs(f)));
        Approx.Relative(direct, pass.SumLogAbsForecast, 1e-12, $"scale {scale}");
        Assert.True(double.IsFinite(pass.SumSquaredErrors));
    }

    [Fact]
    public void A_zero_forecast_makes_the_log_sum_minus_infinity()
    {
        EtsSpec spec = EtsSpec.Parse("MNN");
        double[] y = [1, 2, 3, 4];
        var forecasts = new double[4];

        EtsPass pass = EtsRecursion.Run(y, spec, 1, 0.5, 0, 0, 1, [0.0], new double[1], forecasts: forecasts);

        Assert.Equal(0, forecasts[0]);
        Assert.Equal(double.NegativeInfinity, pass.SumLogAbsForecast);
    }
}
