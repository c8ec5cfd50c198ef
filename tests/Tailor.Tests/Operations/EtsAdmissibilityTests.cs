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
        int agreements = 0;
        int inside = 0;
        for (int trial = 0; trial < 2000; trial++)
        {
            int m = random.Next(2, 25);
            double alpha = random.NextDouble() * 1.5;
            double beta = (random.NextDouble() * 0.6) - 0.1;
            double gamma = random.NextDouble() * 1.2;
            double phi = 0.7 + (random.NextDouble() * 0.3);
            double maxModulus = MaxRootModulus(alpha, beta, gamma, phi, m);
            if (Math.Abs(maxModulus - 1) < 1e-6)
            {
                continue;
            }

            bool expected = maxModulus <= 1 + 1e-10;
            inside += expected ? 1 : 0;
            Assert.Equal(expected, EtsAdmissibility.CharacteristicRootsInside(alpha, beta, gamma, phi, m));
            agreements++;
        }

        Assert.True(agreements > 1900);
        Assert.True(inside > 100 && inside < agreements - 100, $"the random draws should land on both sides ({inside} inside)");
    }

    [Fact]
    public void Usual_parameters_are_admissible_and_an_explosive_damping_is_not()
    {
        Assert.True(EtsAdmissibility.IsAdmissible(0.7, 0.02, 1e-4, 0.98, 12, seasonal: true, trend: true));
        Assert.False(EtsAdmissibility.IsAdmissible(0.7, 0.02, 1e-4, 1.5, 12, seasonal: true, trend: true));
        Assert.False(EtsAdmissibility.IsAdmissible(2.5, 0, 0, 1, 1, seasonal: false, trend: false));
    }

    private static double MaxRootModulus(double alpha, double beta, double gamma, double phi, int m)
    {
        // Companion matrix of z^(m+1) + c1 z^m + ... + c(m+1); its eigenvalues are the roots.
        int degree = m + 1;
        var c = new double[degree + 1];
        c[0] = 1;
        c[1] = alpha + beta - phi;
        for (int i = 2; i < m; i++)
        {
            c[i] = alpha + beta - (alpha * phi);
        }

        c[m] = alpha + beta - (alpha * phi) + gamma - 1;
        c[m + 1] = phi * (1 - alpha - gamma);
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
}
