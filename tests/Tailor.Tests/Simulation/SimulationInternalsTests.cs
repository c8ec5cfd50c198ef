using Tailor.Simulation;

namespace Tailor.Tests.Simulation;

public class SimulationInternalsTests
{
    [Fact]
    public void Intensity_curve_inverts_its_integral()
    {
        var curve = new IntensityCurve([1, 2, 0.5, 4]);
        Assert.Equal(7.5, curve.Total, 12);
        Assert.Equal(1 + (2 * 0.25), curve.Integral(1.25), 12);
        Assert.Equal(1.25, curve.Advance(0, 1.5), 12);
        Assert.Equal(2.5, curve.Advance(1.25, 1.5 + 0.25), 12);
        Assert.True(double.IsPositiveInfinity(curve.Advance(3, 10)));
    }

    [Fact]
    public void Gamma_and_beta_draws_have_the_right_moments()
    {
        var rng = new Random(3);
        var gamma = Enumerable.Range(0, 40_000).Select(_ => rng.NextGamma(1.5, 60)).ToList();
        var gammaMean = gamma.Average();
        Assert.Equal(1.5 / 60, gammaMean, 0.0005);
        Assert.Equal(1.5 / (60.0 * 60), gamma.Average(g => (g - gammaMean) * (g - gammaMean)), 0.00003);
        var small = Enumerable.Range(0, 40_000).Select(_ => rng.NextGamma(0.5, 1)).Average();
        Assert.Equal(0.5, small, 0.02);
        var beta = Enumerable.Range(0, 40_000).Select(_ => rng.NextBeta(0.8, 8)).Average();
        Assert.Equal(0.8 / 8.8, beta, 0.003);
        var poisson = Enumerable.Range(0, 40_000).Select(_ => (double)rng.NextPoisson(2.5)).Average();
        Assert.Equal(2.5, poisson, 0.05);
    }

    [Fact]
    public void Derived_seeds_differ_per_stream_and_are_stable()
    {
        Assert.NotEqual(Sampling.DeriveSeed(42, 1), Sampling.DeriveSeed(42, 2));
        Assert.NotEqual(Sampling.DeriveSeed(42, 1), Sampling.DeriveSeed(43, 1));
        Assert.Equal(Sampling.DeriveSeed(42, 1), Sampling.DeriveSeed(42, 1));
        Assert.True(Sampling.DeriveSeed(-1, 5) >= 0);
    }

    [Fact]
    public void Email_hour_factor_peaks_at_the_preferred_hour_across_midnight()
    {
        var model = new EmailResponseTruth();
        Assert.Equal(1, model.HourFactor(20, 20), 12);
        Assert.Equal(2, EmailResponseTruth.HourDistance(23, 1));
        Assert.Equal(12, EmailResponseTruth.HourDistance(0, 12));
        Assert.True(model.HourFactor(22, 23) > model.HourFactor(18, 23));
        Assert.Equal(model.HourFloor, model.HourFactor(8, 20), 3);
        Assert.True(model.UnsubscribeProbability(4) > 3 * model.UnsubscribeProbability(1));
    }
}
