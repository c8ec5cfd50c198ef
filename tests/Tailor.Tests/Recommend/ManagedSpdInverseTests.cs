using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

public class ManagedSpdInverseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(129)]
    [InlineData(261)]
    public void The_inverse_of_a_random_spd_matrix_matches_gauss_jordan(int n)
    {
        // A = M M^T / n + I: symmetric positive definite with a moderate condition number.
        var random = new Random(n);
        var m = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = random.NextDouble() - 0.5;
            }
        }

        var dense = new double[n, n];
        var packed = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = i == j ? 1.0 : 0.0;
                for (var t = 0; t < n; t++)
                {
                    sum += m[i, t] * m[j, t] / n;
                }

                dense[i, j] = sum;

                // Only the lower triangle is read; garbage above it must not matter.
                packed[(i * n) + j] = j <= i ? sum : double.NaN;
            }
        }

        Assert.True(ManagedSpdInverse.Invert(packed, n, new ParallelOptions()));
        var expected = TestMatrices.NaiveInverse(dense);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                Assert.Equal(expected[i, j], packed[(i * n) + j], 1e-9);
            }
        }
    }

    [Fact]
    public void A_matrix_that_is_not_positive_definite_is_reported()
    {
        // Eigenvalues 3 and -1.
        double[] a = [1, double.NaN, 2, 1];
        Assert.False(ManagedSpdInverse.Invert(a, 2, new ParallelOptions()));
    }
}
