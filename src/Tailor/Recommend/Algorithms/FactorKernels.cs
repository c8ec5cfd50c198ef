using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Float kernels for short factor vectors (length k, typically 32 to 128). ALS calls them millions
/// of times per iteration, so they are inlined and skip the argument checks and size dispatch that
/// make <c>TensorPrimitives</c> the better choice for long vectors.
/// </summary>
internal static class FactorKernels
{
    /// <summary>Sum of x[i] * y[i]; y must be at least as long as x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        ref var xr = ref MemoryMarshal.GetReference(x);
        ref var yr = ref MemoryMarshal.GetReference(y);
        var n = x.Length;
        var i = 0;
        var sum = 0f;
        if (Vector256.IsHardwareAccelerated && n >= 8)
        {
            var acc0 = Vector256<float>.Zero;
            var acc1 = Vector256<float>.Zero;
            for (; i <= n - 16; i += 16)
            {
                acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref xr, (nuint)i), Vector256.LoadUnsafe(ref yr, (nuint)i), acc0);
                acc1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref xr, (nuint)(i + 8)), Vector256.LoadUnsafe(ref yr, (nuint)(i + 8)), acc1);
            }

            if (i <= n - 8)
            {
                acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref xr, (nuint)i), Vector256.LoadUnsafe(ref yr, (nuint)i), acc0);
                i += 8;
            }

            sum = Vector256.Sum(acc0 + acc1);
        }

        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref xr, i) * Unsafe.Add(ref yr, i);
        }

        return sum;
    }

    /// <summary>y[i] += scale * x[i]; y must be at least as long as x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(ReadOnlySpan<float> x, float scale, Span<float> y)
    {
        ref var xr = ref MemoryMarshal.GetReference(x);
        ref var yr = ref MemoryMarshal.GetReference(y);
        var n = x.Length;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var s = Vector256.Create(scale);
            for (; i <= n - 8; i += 8)
            {
                Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref xr, (nuint)i), s, Vector256.LoadUnsafe(ref yr, (nuint)i))
                    .StoreUnsafe(ref yr, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref yr, i) += scale * Unsafe.Add(ref xr, i);
        }
    }

    /// <summary>
    /// result = M v for a symmetric k x k matrix M stored row-major. Because M is symmetric, row j is
    /// also column j, so the product is a sum of scaled rows and keeps 32 outputs in registers.
    /// </summary>
    public static void SymmetricMultiply(ReadOnlySpan<float> matrix, ReadOnlySpan<float> v, Span<float> result)
    {
        var k = v.Length;
        ref var m = ref MemoryMarshal.GetReference(matrix);
        ref var vr = ref MemoryMarshal.GetReference(v);
        ref var rr = ref MemoryMarshal.GetReference(result);
        var c = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; c <= k - 32; c += 32)
            {
                var a0 = Vector256<float>.Zero;
                var a1 = Vector256<float>.Zero;
                var a2 = Vector256<float>.Zero;
                var a3 = Vector256<float>.Zero;
                for (var j = 0; j < k; j++)
                {
                    var s = Vector256.Create(Unsafe.Add(ref vr, j));
                    var row = (nuint)(j * k + c);
                    a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref m, row), s, a0);
                    a1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref m, row + 8), s, a1);
                    a2 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref m, row + 16), s, a2);
                    a3 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref m, row + 24), s, a3);
                }

                a0.StoreUnsafe(ref rr, (nuint)c);
                a1.StoreUnsafe(ref rr, (nuint)(c + 8));
                a2.StoreUnsafe(ref rr, (nuint)(c + 16));
                a3.StoreUnsafe(ref rr, (nuint)(c + 24));
            }

            for (; c <= k - 8; c += 8)
            {
                var a0 = Vector256<float>.Zero;
                for (var j = 0; j < k; j++)
                {
                    a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref m, (nuint)(j * k + c)), Vector256.Create(Unsafe.Add(ref vr, j)), a0);
                }

                a0.StoreUnsafe(ref rr, (nuint)c);
            }
        }

        for (; c < k; c++)
        {
            result[c] = Dot(matrix.Slice(c * k, k), v);
        }
    }
}
