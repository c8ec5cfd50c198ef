using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using Tailor.Operations;

namespace Tailor.Tests.Operations;

public sealed class EtsAdmissibilityTests
{
    [Fact]
    public void Schur_cohn_agrees_with_the_roots_of_the_characteristic_polynomial()
    {
        // R finds the polynomial's roots; Tailor's step-down test must answer the same for random parameters.
        var random = new Random(11);
        AssertAgreesWithRoots(
            _ =>
            {
                int m = random.Next(2, 25);
                double alpha = random.NextDouble() * 1.5;
                double beta = (random.NextDouble() * 0.6) - 0.1;
                double gamma = random.NextDouble() * 1.2;
                double phi = 0.7 + (random.NextDouble() * 0.3);
                return new Draw(alpha, beta, gamma, phi, m, MaxRootModulus(alpha, beta, gamma, phi, m));
            },
            minimumInside: 100);
    }

    [Fact]
    public void A_seasonal_model_without_trend_is_judged_on_the_roots_other_than_its_unit_root()
    {
        // Without trend (b = 0, phi = 1) z = 1 is always a root. At this point, where an optimiser path on
        // an Online Retail series went, the other roots have moduli 0.99973 and 0.999984 (computed with
        // 50 digits), so the point is admissible; R's polyroot agrees (largest modulus 1 + 1.8e-13), a
        // step-down on the undivided polynomial refused it.
        Assert.True(EtsAdmissibility.IsAdmissible(0.00025354961012008916, 0, 0.00011010189249746659, 1, 7, seasonal: true, trend: false));

        // Dividing out z - 1 leaves z^m + a (z^(m-1) + ... + z) + (a + g - 1), whose roots multiply to
        // (-1)^m (a + g - 1) in modulus: above 1 in modulus, some root lies outside the circle.
        Assert.False(EtsAdmissibility.CharacteristicRootsInside(0.5, 0, 1.6, 1, 7));
        Assert.False(EtsAdmissibility.CharacteristicRootsInside(0.3, 0, 1.75, 1, 12));
    }

    [Fact]
    public void Without_trend_the_test_agrees_with_the_roots_left_after_dividing_out_the_unit_root()
    {
        // Small smoothing parameters, where the roots crowd around 1, and a wider range too.
        var random = new Random(5);
        AssertAgreesWithRoots(
            trial =>
            {
                int m = random.Next(2, 25);
                bool small = trial % 2 == 0;
                double alpha = small ? 1e-4 + (random.NextDouble() * 1e-2) : random.NextDouble() * 1.5;
                double gamma = small ? 1e-4 + (random.NextDouble() * 1e-2) : random.NextDouble() * 1.5;

                // Roots of z^m + a (z^(m-1) + ... + z) + (a + g - 1).
                var c = new double[m + 1];
                c[0] = 1;
                for (int i = 1; i < m; i++)
                {
                    c[i] = alpha;
                }

                c[m] = alpha + gamma - 1;
                return new Draw(alpha, 0, gamma, 1, m, MaxRootModulus(c));
            },
            minimumInside: 1000);
    }

    [Fact]
    public void Usual_parameters_are_admissible_and_an_explosive_damping_is_not()
    {
        Assert.True(EtsAdmissibility.IsAdmissible(0.7, 0.02, 1e-4, 0.98, 12, seasonal: true, trend: true));
        Assert.False(EtsAdmissibility.IsAdmissible(0.7, 0.02, 1e-4, 1.5, 12, seasonal: true, trend: true));
        Assert.False(EtsAdmissibility.IsAdmissible(2.5, 0, 0, 1, 1, seasonal: false, trend: false));
    }

    /// <summary>
    /// Over 2,000 draws, the step-down test answers as the largest root modulus says (within radius
    /// 1 + 1e-10), skipping draws with a root within 1e-6 of the circle, where the eigenvalues are not
    /// precise enough to judge; at least <paramref name="minimumInside"/> draws land inside and 100 outside.
    /// </summary>
    private static void AssertAgreesWithRoots(Func<int, Draw> draw, int minimumInside)
    {
        int agreements = 0;
        int inside = 0;
        for (int trial = 0; trial < 2000; trial++)
        {
            Draw d = draw(trial);
            if (Math.Abs(d.MaxModulus - 1) < 1e-6)
            {
                continue;
            }

            bool expected = d.MaxModulus <= 1 + 1e-10;
            inside += expected ? 1 : 0;
            Assert.Equal(expected, EtsAdmissibility.CharacteristicRootsInside(d.Alpha, d.Beta, d.Gamma, d.Phi, d.M));
            agreements++;
        }

        Assert.True(agreements > 1900);
        Assert.True(inside > minimumInside && inside < agreements - 100, $"the random draws should land on both sides ({inside} inside)");
    }

    private static double MaxRootModulus(double alpha, double beta, double gamma, double phi, int m)
    {
        var c = new double[m + 2];
        c[0] = 1;
        c[1] = alpha + beta - phi;
        for (int i = 2; i < m; i++)
        {
            c[i] = alpha + beta - (alpha * phi);
        }

        c[m] = alpha + beta - (alpha * phi) + gamma - 1;
        c[m + 1] = phi * (1 - alpha - gamma);
        return MaxRootModulus(c);
    }

    /// <summary>Largest root modulus of the monic z^d + c1 z^(d-1) + ... + cd, from its companion matrix's eigenvalues.</summary>
    private static double MaxRootModulus(double[] c)
    {
        int degree = c.Length - 1;
        Matrix<double> companion = Matrix<double>.Build.Dense(degree, degree);
        for (int j = 0; j < degree; j++)
        {
            companion[0, j] = -c[j + 1];
        }

        for (int i = 1; i < degree; i++)
        {
            companion[i, i - 1] = 1;
        }

        double max = 0;
        foreach (Complex root in companion.Evd().EigenValues)
        {
            max = Math.Max(max, root.Magnitude);
        }

        return max;
    }

    private sealed record Draw(double Alpha, double Beta, double Gamma, double Phi, int M, double MaxModulus);
}
