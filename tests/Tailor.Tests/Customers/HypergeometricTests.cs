using MathNet.Numerics;
using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class HypergeometricTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Matches_the_logarithm_closed_form(double z)
    {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z.
        var expected = -Math.Log(1 - z) / z;
        Assert.Equal(expected, Hypergeometric.Gauss2F1(1, 1, 2, z), 12);
    }

    [Theory]
    [InlineData(0.3, 2.5, 0.7)]
    [InlineData(5.243, 4.426, 0.95)]
    public void Matches_the_binomial_closed_form(double a, double b, double z)
    {
        // 2F1(a, b; b; z) = (1 - z)^-a.
        var expected = Math.Pow(1 - z, -a);
        var actual = Hypergeometric.Gauss2F1(a, b, b, z);
        Assert.True(Math.Abs((actual / expected) - 1) < 1e-12, $"{actual:R} vs {expected:R}");
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.8)]
    public void Matches_the_arcsine_closed_form(double x)
    {
        // 2F1(1/2, 1/2; 3/2; x^2) = arcsin(x) / x.
        Assert.Equal(Math.Asin(x) / x, Hypergeometric.Gauss2F1(0.5, 0.5, 1.5, x * x), 13);
    }

    [Theory]
    [InlineData(2.243, 4.426, 5.219, 0.474)]
    [InlineData(12.243, 14.426, 15.219, 0.97)]
    [InlineData(2.426, 0.243, 2.219, 0.9)]
    public void Matches_Eulers_integral(double a, double b, double c, double z)
    {
        // For c > b > 0: 2F1 = Gamma(c) / (Gamma(b) Gamma(c - b)) * int_0^1 s^(b-1) (1-s)^(c-b-1) (1 - z s)^-a ds,
        // integrated numerically after s = u^(1/b), which removes the s^(b-1) endpoint singularity.
        var integral = Integrate.DoubleExponential(
            u =>
            {
                var s = Math.Pow(u, 1 / b);
                return Math.Pow(1 - s, c - b - 1) * Math.Pow(1 - (z * s), -a) / b;
            },
            0,
            1,
            1e-13);
        var expected = Math.Exp(SpecialFunctions.GammaLn(c) - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(c - b)) * integral;
        var actual = Hypergeometric.Gauss2F1(a, b, c, z);
        Assert.True(Math.Abs((actual / expected) - 1) < 1e-8, $"{actual:R} vs {expected:R}");
    }

    [Theory]
    [InlineData(5.243, 4.426, 5.219, 0.6)]
    [InlineData(12.243, 14.426, 15.219, 0.97)]
    [InlineData(0.243, 2.426, 0.219, 0.9)]
    public void Agrees_with_its_Euler_transformation(double a, double b, double c, double z)
    {
        // 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z): a different series, same value.
        var direct = Hypergeometric.Gauss2F1(a, b, c, z);
        var transformed = Math.Pow(1 - z, c - a - b) * Hypergeometric.Gauss2F1(c - a, c - b, c, z);
        Assert.True(Math.Abs((direct / transformed) - 1) < 1e-11, $"{direct:R} vs {transformed:R}");
    }

    [Fact]
    public void Huge_terms_are_rescaled_instead_of_overflowing()
    {
        // 2F1(a, b; b; z) = (1 - z)^-a = 10^400 here, beyond double: the scaled form keeps it as a log.
        var tail = Hypergeometric.ScaledTail(200, 3, 3, 0.99, out var logScale);
        var logValue = Math.Log(tail / 3) + logScale;
        Assert.Equal(-200 * Math.Log(0.01), logValue, 8);
    }

    [Fact]
    public void Rejects_z_outside_the_unit_interval()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric.Gauss2F1(1, 1, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric.Gauss2F1(1, 1, 2, -0.1));
    }
}
