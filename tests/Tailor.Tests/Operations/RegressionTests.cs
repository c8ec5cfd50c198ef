using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>Regression on external regressors with ETS errors: parameter recovery on simulated demand.</summary>
public sealed class RegressionTests
{
    // Daily demand: 40 + 12 promo - 9 holiday - 0.8 (price - 20) + 0.5 (temperature - 15), a weekly
    // pattern, a slowly wandering level and N(0, 2^2) noise. The regression must find 12, -9, -0.8, 0.5.
    private const int History = 700;
    private const int Future = 28;

    [Fact]
    public void Known_coefficients_are_recovered_from_simulated_demand()
    {
        (double[] y, Regressors regressors) = Simulate(new Random(17));

        RegressionModel model = new RegressionForecaster(regressors).Fit(y.AsSpan(0, History), 7);

        var b = model.Coefficients.ToDictionary(c => c.Name);
        Assert.Equal(["intercept", "promo", "holiday", "price", "temperature"], model.Coefficients.Select(c => c.Name));
        foreach ((string name, double truth, double tolerance) in new[] { ("promo", 12.0, 0.9), ("holiday", -9.0, 1.3), ("price", -0.8, 0.15), ("temperature", 0.5, 0.05) })
        {
            // Standard errors of this design (seed 17): promo 0.33, holiday 0.50, price 0.06, temperature 0.017;
            // the tolerances are about 2.5 to 3 of them, and the reported error must agree within 4.
            Assert.InRange(b[name].Estimate, truth - tolerance, truth + tolerance);
            Assert.InRange(Math.Abs(b[name].Estimate - truth), 0, 4 * b[name].StandardError);
        }

        Assert.Contains("ETS", model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_future_promotions_beat_plain_ets_and_the_intervals_cover()
    {
        double regressionError = 0, etsError = 0;
        int covered = 0, total = 0;
        for (int seed = 0; seed < 5; seed++)
        {
            (double[] y, Regressors regressors) = Simulate(new Random(100 + seed));
            ForecastResult withRegressors = new RegressionForecaster(regressors).Fit(y.AsSpan(0, History), 7).Forecast(Future);
            ForecastResult plain = new EtsForecaster().Fit(y.AsSpan(0, History), 7).Forecast(Future);
            for (int h = 0; h < Future; h++)
            {
                double actual = y[History + h];
                regressionError += Math.Abs(actual - withRegressors.Point[h]);
                etsError += Math.Abs(actual - plain.Point[h]);
                covered += actual >= withRegressors.Lower95[h] && actual <= withRegressors.Upper95[h] ? 1 : 0;
                total++;
            }
        }

        Assert.True(regressionError < 0.6 * etsError, $"MAE {regressionError / total:F2} with regressors vs {etsError / total:F2} without");
        Assert.InRange((double)covered / total, 0.85, 1);
    }

    [Fact]
    public void Bad_regressors_are_rejected_with_the_reason()
    {
        double[] y = [.. Enumerable.Range(0, 30).Select(i => 10.0 + (i % 7))];
        double[] ramp = [.. Enumerable.Range(0, 35).Select(i => (double)i)];
        var constant = new Regressors(["flat"], [Enumerable.Repeat(2.0, 35).ToArray()]);
        var twice = new Regressors(["a", "b"], [ramp, ramp.Select(v => 2 * v).ToArray()]);
        var shortOnes = new Regressors(["a"], [ramp[..20]]);
        RegressionModel fitted = new RegressionForecaster(new Regressors(["a"], [ramp]), new ThetaForecaster()).Fit(y, 7);

        Assert.Contains("'flat'", Assert.Throws<ArgumentException>(() => new RegressionForecaster(constant).Fit(y, 7)).Message, StringComparison.Ordinal);
        Assert.Contains("'b'", Assert.Throws<ArgumentException>(() => new RegressionForecaster(twice).Fit(y, 7)).Message, StringComparison.Ordinal);
        Assert.Contains("cover 20", Assert.Throws<ArgumentException>(() => new RegressionForecaster(shortOnes).Fit(y, 7)).Message, StringComparison.Ordinal);
        Assert.Equal(5, fitted.Forecast(5).Horizon);
        Assert.Contains("cover 5", Assert.Throws<ArgumentException>(() => fitted.Forecast(6)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Regressors(["a", "a"], [ramp, ramp]));
        Assert.Throws<ArgumentException>(() => new Regressors(["a"], [[1, double.NaN]]));
    }

    private static (double[] Y, Regressors Regressors) Simulate(Random random)
    {
        int n = History + Future;
        var promo = new double[n];
        var holiday = new double[n];
        var price = new double[n];
        var temperature = new double[n];
        var y = new double[n];
        double[] week = [2, 1, 0, -1, -2, 3, -3];
        double level = 0;
        for (int t = 0; t < n; t++)
        {
            promo[t] = random.NextDouble() < 0.12 ? 1 : 0;
            holiday[t] = random.NextDouble() < 0.04 ? 1 : 0;
            price[t] = 20 + (random.NextDouble() * 6) - 3;
            temperature[t] = 15 + (8 * Math.Sin(2 * Math.PI * t / 365)) + (2 * Normal(random));
            level += 0.05 * Normal(random);
            y[t] = 40 + level + week[t % 7] + (12 * promo[t]) - (9 * holiday[t]) - (0.8 * (price[t] - 20)) + (0.5 * (temperature[t] - 15)) + (2 * Normal(random));
        }

        return (y, new Regressors(["promo", "holiday", "price", "temperature"], [promo, holiday, price, temperature]));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
