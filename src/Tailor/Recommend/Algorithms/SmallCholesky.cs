using System.Numerics.Tensors;

namespace Tailor.Recommend.Algorithms;

/// <summary>Cholesky factorisation and solves for small dense SPD matrices (row-major, float64).</summary>
internal static class SmallCholesky
{
    /// <summary>
    /// Replaces the lower triangle of the n x n matrix with L where A = L L^T; the upper triangle is
    /// not read. Returns false when A is not numerically positive definite.
    /// </summary>
    public static bool Factor(Span<double> a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var rowJ = a.Slice(j * n, j);
            var diagonal = a[(j * n) + j] - TensorPrimitives.Dot(rowJ, rowJ);
            if (!(diagonal > 0))
            {
                return false;
            }

            var pivot = Math.Sqrt(diagonal);
            a[(j * n) + j] = pivot;
            for (var i = j + 1; i < n; i++)
            {
                a[(i * n) + j] = (a[(i * n) + j] - TensorPrimitives.Dot(a.Slice(i * n, j), rowJ)) / pivot;
            }
        }

        return true;
    }

    /// <summary>Solves L L^T x = b in place, with L from <see cref="Factor"/>.</summary>
    public static void Solve(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (var i = 0; i < n; i++)
        {
            b[i] = (b[i] - TensorPrimitives.Dot(l.Slice(i * n, i), b[..i])) / l[(i * n) + i];
        }

        // L^T x = y by columns of L^T, which are the contiguous rows of L: once x_i is known, its share
        // is taken off every earlier entry in one vector operation.
        for (var i = n - 1; i >= 0; i--)
        {
            b[i] /= l[(i * n) + i];
            TensorPrimitives.MultiplyAdd(l.Slice(i * n, i), -b[i], b[..i], b[..i]);
        }
    }
}
