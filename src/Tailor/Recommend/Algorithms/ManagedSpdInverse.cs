using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Inverse of a symmetric positive definite matrix in managed code, for when OpenBLAS is missing:
/// blocked Cholesky A = L L^T, then W = L^-1, then A^-1 = W^T W (LAPACK's potrf, trtri and lauum).
/// Matrices are row-major float64 with stride n. Every step is arranged so that its inner loop is a
/// dot product of two contiguous rows, which one register-blocked kernel computes for all three; work
/// is split into tiles that each thread owns, so results do not depend on threads.
/// </summary>
internal static class ManagedSpdInverse
{
    /// <summary>Columns per Cholesky / inversion panel; a multiple of <see cref="Tile"/>.</summary>
    private const int Panel = 128;

    /// <summary>Rows and columns of one parallel work item.</summary>
    private const int Tile = 64;

    /// <summary>Length of the slices of a long dot product that stay in cache together.</summary>
    private const int DepthChunk = 256;

    /// <summary>
    /// Replaces the lower triangle (j &lt;= i) of <paramref name="a"/> with the lower triangle of its
    /// inverse; the upper triangle is neither read nor preserved. False when the matrix is not
    /// numerically positive definite.
    /// </summary>
    public static bool Invert(double[] a, int n, ParallelOptions parallel)
    {
        if (!Cholesky(a, n, parallel))
        {
            return false;
        }

        var inverseFactorT = new double[(long)n * n];
        InvertFactor(a, inverseFactorT, n, parallel);
        MultiplyByTranspose(inverseFactorT, a, n, parallel);
        return true;
    }

    /// <summary>Right-looking blocked Cholesky: the lower triangle of a becomes L.</summary>
    internal static bool Cholesky(double[] a, int n, ParallelOptions parallel)
    {
        for (var k0 = 0; k0 < n; k0 += Panel)
        {
            var k1 = Math.Min(n, k0 + Panel);
            for (var j = k0; j < k1; j++)
            {
                var rowJ = a.AsSpan((j * n) + k0, j - k0);
                var diagonal = a[(j * n) + j] - TensorPrimitives.Dot<double>(rowJ, rowJ);
                if (!(diagonal > 0))
                {
                    return false;
                }

                var pivot = Math.Sqrt(diagonal);
                a[(j * n) + j] = pivot;
                for (var i = j + 1; i < k1; i++)
                {
                    a[(i * n) + j] = (a[(i * n) + j] - TensorPrimitives.Dot<double>(a.AsSpan((i * n) + k0, j - k0), rowJ)) / pivot;
                }
            }

            // Rows below the panel: solve L21 L11^T = A21, each row on its own.
            var below = n - k1;
            Parallel.For(0, (below + Tile - 1) / Tile, parallel, t =>
            {
                var end = Math.Min(n, k1 + ((t + 1) * Tile));
                for (var i = k1 + (t * Tile); i < end; i++)
                {
                    for (var j = k0; j < k1; j++)
                    {
                        var dot = TensorPrimitives.Dot<double>(a.AsSpan((i * n) + k0, j - k0), a.AsSpan((j * n) + k0, j - k0));
                        a[(i * n) + j] = (a[(i * n) + j] - dot) / a[(j * n) + j];
                    }
                }
            });

            // Trailing matrix: A22 -= L21 L21^T over the lower tiles.
            var tiles = (below + Tile - 1) / Tile;
            Parallel.For(0, tiles * (tiles + 1) / 2, parallel, index =>
            {
                var (ti, tj) = LowerTile(index);
                var i0 = k1 + (ti * Tile);
                var j0 = k1 + (tj * Tile);
                MultiplyTransposed(
                    a, i0, j0, Math.Min(Tile, n - i0), Math.Min(Tile, n - j0),
                    a, i0, a, j0, k0, k1 - k0, n, -1.0);
            });
        }

        return true;
    }

    /// <summary>
    /// From L (lower triangle of <paramref name="factor"/>) writes W^T = (L^-1)^T into the upper
    /// triangle of <paramref name="inverseT"/>, which must start zeroed. Row i of W follows from
    /// W[i, j] = -(sum over m in [j, i) of L[i, m] W[m, j]) / L[i, i]; the part of the sum before the
    /// current panel is a tile product, the rest a short sequential sweep.
    /// </summary>
    internal static void InvertFactor(double[] factor, double[] inverseT, int n, ParallelOptions parallel)
    {
        for (var i0 = 0; i0 < n; i0 += Panel)
        {
            var i1 = Math.Min(n, i0 + Panel);
            var start = i0;
            Parallel.For(0, (i1 + Tile - 1) / Tile, parallel, t =>
            {
                var j0 = t * Tile;
                var j1 = Math.Min(i1, j0 + Tile);
                if (j0 < start)
                {
                    // W^T[j, i] = -sum over m in [j0, i0) of W^T[j, m] L[i, m]; W^T[j, m] is 0 for m < j.
                    MultiplyTransposed(
                        inverseT, j0, start, j1 - j0, i1 - start,
                        inverseT, j0, factor, start, j0, start - j0, n, -1.0);
                }

                for (var i = start; i < i1; i++)
                {
                    var pivot = factor[(i * n) + i];
                    var last = Math.Min(j1, i + 1);
                    for (var j = j0; j < last; j++)
                    {
                        if (j == i)
                        {
                            inverseT[(i * n) + i] = 1 / pivot;
                            continue;
                        }

                        var m0 = Math.Max(start, j);
                        var dot = TensorPrimitives.Dot<double>(factor.AsSpan((i * n) + m0, i - m0), inverseT.AsSpan((j * n) + m0, i - m0));
                        inverseT[(j * n) + i] = (inverseT[(j * n) + i] - dot) / pivot;
                    }
                }
            });
        }
    }

    /// <summary>
    /// Lower triangle of W^T W into <paramref name="result"/>, from W^T in the upper triangle of
    /// <paramref name="inverseT"/>: result[i, j] = sum over m &gt;= max(i, j) of W^T[i, m] W^T[j, m].
    /// </summary>
    internal static void MultiplyByTranspose(double[] inverseT, double[] result, int n, ParallelOptions parallel)
    {
        var tiles = (n + Tile - 1) / Tile;
        Parallel.For(0, tiles * (tiles + 1) / 2, parallel, index =>
        {
            var (ti, tj) = LowerTile(index);
            var i0 = ti * Tile;
            var j0 = tj * Tile;
            var rows = Math.Min(Tile, n - i0);
            var cols = Math.Min(Tile, n - j0);
            for (var i = i0; i < i0 + rows; i++)
            {
                result.AsSpan((i * n) + j0, cols).Clear();
            }

            MultiplyTransposed(result, i0, j0, rows, cols, inverseT, i0, inverseT, j0, i0, n - i0, n, 1.0);
        });
    }

    /// <summary>The (row, column) of the index-th tile of a lower triangle of tiles, row by row.</summary>
    private static (int Row, int Column) LowerTile(int index)
    {
        var row = (int)((Math.Sqrt((8.0 * index) + 1) - 1) / 2);
        while (row * (row + 1) / 2 > index)
        {
            row--;
        }

        while ((row + 1) * (row + 2) / 2 <= index)
        {
            row++;
        }

        return (row, index - (row * (row + 1) / 2));
    }

    /// <summary>
    /// c[ci + r, cj + s] += scale * sum over t &lt; depth of a[ar + r, k0 + t] * b[br + s, k0 + t],
    /// for r &lt; rows and s &lt; cols, all matrices with stride n: C += scale * A B^T on row slices.
    /// </summary>
    internal static void MultiplyTransposed(
        double[] c, int ci, int cj, int rows, int cols,
        double[] a, int ar, double[] b, int br, int k0, int depth, int n, double scale)
    {
        for (var kk = 0; kk < depth; kk += DepthChunk)
        {
            var length = Math.Min(DepthChunk, depth - kk);
            var k = k0 + kk;
            var r = 0;
            for (; r + 2 <= rows; r += 2)
            {
                ref var a0 = ref a[((ar + r) * n) + k];
                ref var a1 = ref a[((ar + r + 1) * n) + k];
                var s = 0;
                for (; s + 4 <= cols; s += 4)
                {
                    Kernel2x4(
                        ref a0, ref a1, ref b[((br + s) * n) + k], n, length,
                        ref c[((ci + r) * n) + cj + s], n, scale);
                }

                for (; s < cols; s++)
                {
                    var row = b.AsSpan(((br + s) * n) + k, length);
                    c[((ci + r) * n) + cj + s] += scale * TensorPrimitives.Dot<double>(MemoryMarshal.CreateReadOnlySpan(ref a0, length), row);
                    c[((ci + r + 1) * n) + cj + s] += scale * TensorPrimitives.Dot<double>(MemoryMarshal.CreateReadOnlySpan(ref a1, length), row);
                }
            }

            for (; r < rows; r++)
            {
                var row = a.AsSpan(((ar + r) * n) + k, length);
                for (var s = 0; s < cols; s++)
                {
                    c[((ci + r) * n) + cj + s] += scale * TensorPrimitives.Dot<double>(row, b.AsSpan(((br + s) * n) + k, length));
                }
            }
        }
    }

    /// <summary>
    /// Dot products of two rows of A with four consecutive rows of B (stride n), kept in eight
    /// vector accumulators, added scaled to a 2 x 4 block of C.
    /// </summary>
    private static void Kernel2x4(ref double a0, ref double a1, ref double b0, int n, int length, ref double c, int ldc, double scale)
    {
        ref var b1 = ref Unsafe.Add(ref b0, n);
        ref var b2 = ref Unsafe.Add(ref b1, n);
        ref var b3 = ref Unsafe.Add(ref b2, n);
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        var t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var c00 = Vector256<double>.Zero;
            var c01 = Vector256<double>.Zero;
            var c02 = Vector256<double>.Zero;
            var c03 = Vector256<double>.Zero;
            var c10 = Vector256<double>.Zero;
            var c11 = Vector256<double>.Zero;
            var c12 = Vector256<double>.Zero;
            var c13 = Vector256<double>.Zero;
            for (; t + 4 <= length; t += 4)
            {
                var at = (nuint)t;
                var x0 = Vector256.LoadUnsafe(ref a0, at);
                var x1 = Vector256.LoadUnsafe(ref a1, at);
                var y = Vector256.LoadUnsafe(ref b0, at);
                c00 = Vector256.FusedMultiplyAdd(x0, y, c00);
                c10 = Vector256.FusedMultiplyAdd(x1, y, c10);
                y = Vector256.LoadUnsafe(ref b1, at);
                c01 = Vector256.FusedMultiplyAdd(x0, y, c01);
                c11 = Vector256.FusedMultiplyAdd(x1, y, c11);
                y = Vector256.LoadUnsafe(ref b2, at);
                c02 = Vector256.FusedMultiplyAdd(x0, y, c02);
                c12 = Vector256.FusedMultiplyAdd(x1, y, c12);
                y = Vector256.LoadUnsafe(ref b3, at);
                c03 = Vector256.FusedMultiplyAdd(x0, y, c03);
                c13 = Vector256.FusedMultiplyAdd(x1, y, c13);
            }

            s00 = Vector256.Sum(c00);
            s01 = Vector256.Sum(c01);
            s02 = Vector256.Sum(c02);
            s03 = Vector256.Sum(c03);
            s10 = Vector256.Sum(c10);
            s11 = Vector256.Sum(c11);
            s12 = Vector256.Sum(c12);
            s13 = Vector256.Sum(c13);
        }

        for (; t < length; t++)
        {
            var x0 = Unsafe.Add(ref a0, t);
            var x1 = Unsafe.Add(ref a1, t);
            s00 += x0 * Unsafe.Add(ref b0, t);
            s01 += x0 * Unsafe.Add(ref b1, t);
            s02 += x0 * Unsafe.Add(ref b2, t);
            s03 += x0 * Unsafe.Add(ref b3, t);
            s10 += x1 * Unsafe.Add(ref b0, t);
            s11 += x1 * Unsafe.Add(ref b1, t);
            s12 += x1 * Unsafe.Add(ref b2, t);
            s13 += x1 * Unsafe.Add(ref b3, t);
        }

        c += scale * s00;
        Unsafe.Add(ref c, 1) += scale * s01;
        Unsafe.Add(ref c, 2) += scale * s02;
        Unsafe.Add(ref c, 3) += scale * s03;
        ref var d = ref Unsafe.Add(ref c, ldc);
        d += scale * s10;
        Unsafe.Add(ref d, 1) += scale * s11;
        Unsafe.Add(ref d, 2) += scale * s12;
        Unsafe.Add(ref d, 3) += scale * s13;
    }
}
