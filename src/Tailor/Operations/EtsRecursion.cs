using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Tailor.Operations;

/// <summary>
/// The ETS filter: one-step forecasts and state updates in the error-correction form R's
/// <c>etscalc</c> uses (the update equations are the same for additive and multiplicative errors; only
/// the innovation and the likelihood differ). This is the hot loop of fitting, so it allocates nothing and
/// keeps the seasonal states in a ring buffer instead of shifting them every period.
/// </summary>
internal static class EtsRecursion
{
    /// <summary>Below this a divisor counts as zero (R's TOL).</summary>
    public const double Tolerance = 1e-10;

    /// <summary>Stand-in for a ratio with a zero divisor (R's HUGEN).</summary>
    public const double Huge = 1e10;

    // The running product of |forecast| is rescaled by a power of two (exact) before it can overflow or
    // underflow, and its logarithm taken once after the loop: a call in the loop method would make the JIT
    // spill the level's dependency chain to the stack at each step (3x slower).
    private const double ProductHigh = 1e150;
    private const double ProductLow = 1e-150;
    private const long ExponentMask = 0x7FF0_0000_0000_0000;
    private const long ExponentBias = 1023;
    private const double TwoToThe64 = 18446744073709551616.0;
    private const double SmallestNormal = 2.2250738585072014e-308;
    private const double Ln2 = 0.69314718055994530942;

    /// <summary>
    /// Filters <paramref name="y"/> from the initial state [l, b (with a trend), s_1..s_m (with a season,
    /// s_1 the most recent)]. Optional outputs (pass empty spans to skip): innovations, one-step forecasts
    /// and the state after the last observation, laid out like the initial state.
    /// </summary>
    public static EtsPass Run(
        ReadOnlySpan<double> y,
        EtsSpec spec,
        int m,
        double alpha,
        double beta,
        double gamma,
        double phi,
        ReadOnlySpan<double> initial,
        Span<double> seasonRing,
        Span<double> innovations = default,
        Span<double> forecasts = default,
        Span<double> finalState = default)
    {
        var p = new Parameters(alpha, beta, gamma, phi, m);
        bool trend = spec.HasTrend;

        // One loop per component combination, so the JIT removes every component test from the loop body.
        Sums sums = (spec.Error, spec.Season) switch
        {
            (EtsError.Additive, EtsSeason.None) => trend
                ? Loop<AdditiveError, WithTrend, NoSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState)
                : Loop<AdditiveError, NoTrend, NoSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState),
            (EtsError.Additive, EtsSeason.Additive) => trend
                ? Loop<AdditiveError, WithTrend, AdditiveSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState)
                : Loop<AdditiveError, NoTrend, AdditiveSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState),
            (EtsError.Additive, _) => trend
                ? Loop<AdditiveError, WithTrend, MultiplicativeSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState)
                : Loop<AdditiveError, NoTrend, MultiplicativeSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState),
            (_, EtsSeason.None) => trend
                ? Loop<MultiplicativeError, WithTrend, NoSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState)
                : Loop<MultiplicativeError, NoTrend, NoSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState),
            (_, EtsSeason.Additive) => trend
                ? Loop<MultiplicativeError, WithTrend, AdditiveSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState)
                : Loop<MultiplicativeError, NoTrend, AdditiveSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState),
            _ => trend
                ? Loop<MultiplicativeError, WithTrend, MultiplicativeSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState)
                : Loop<MultiplicativeError, NoTrend, MultiplicativeSeason>(y, p, initial, seasonRing, innovations, forecasts, finalState),
        };

        // The logarithm is taken here, outside the loop: a call inside the loop method, even after the
        // loop, makes the JIT keep the loop's running values on the stack.
        double logSum = spec.Error == EtsError.Multiplicative ? Math.Log(sums.Product) + (sums.BinaryExponent * Ln2) : 0;
        return new EtsPass(sums.SumSquaredErrors, logSum, sums.SumSquaredForecastErrors);
    }

    // Compiled optimised at once: a run over a few dozen series would otherwise spend much of its time
    // in the unoptimised first tier (measured: 30 series, 470 ms CPU cold against 170 ms warm; 230 ms with it).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Sums Loop<TError, TTrend, TSeason>(
        ReadOnlySpan<double> y,
        Parameters par,
        ReadOnlySpan<double> initial,
        Span<double> seasonRing,
        Span<double> innovations,
        Span<double> forecasts,
        Span<double> finalState)
        where TError : struct
        where TTrend : struct
        where TSeason : struct
    {
        // typeof tests on struct type arguments are constants to the JIT: each instantiation keeps only its branches.
        bool trend = typeof(TTrend) == typeof(WithTrend);
        bool seasonal = typeof(TSeason) != typeof(NoSeason);
        bool additiveSeason = typeof(TSeason) == typeof(AdditiveSeason);
        bool multiplicativeError = typeof(TError) == typeof(MultiplicativeError);
        bool storeInnovations = !innovations.IsEmpty;
        bool storeForecasts = !forecasts.IsEmpty;
        int m = par.M;
        double alpha = par.Alpha;
        double gamma = par.Gamma;
        double phi = par.Phi;
        double beta = par.Beta;
        double oneMinusAlpha = 1 - alpha;
        double dampedOneMinusAlpha = phi * oneMinusAlpha;
        double dampedOneMinusBeta = phi * (1 - beta);

        double level = initial[0];
        double slope = trend ? initial[1] : 0.0;
        int seasonOffset = trend ? 2 : 1;
        int slot = 0;
        if (seasonal)
        {
            // Ring slot 0 holds the oldest seasonal state, the one the first observation uses.
            for (int j = 0; j < m; j++)
            {
                seasonRing[j] = initial[seasonOffset + m - 1 - j];
            }
        }

        double sse = 0;
        double sseRaw = 0;
        long binaryExponent = 0;
        double product = 1;
        for (int i = 0; i < y.Length; i++)
        {
            double yi = y[i];

            // Without a trend q is the level itself (the JIT keeps level + 0.0, which is not level for -0.0).
            double q = trend ? level + (phi * slope) : level;
            double f;
            double p;
            double oldSeason = 0;
            if (!seasonal)
            {
                f = q;
                p = yi;
            }
            else if (additiveSeason)
            {
                oldSeason = seasonRing[slot];
                f = q + oldSeason;
                p = yi - oldSeason;
            }
            else
            {
                oldSeason = seasonRing[slot];
                f = q * oldSeason;
                p = Math.Abs(oldSeason) < Tolerance ? Huge : yi / oldSeason;
            }

            double raw = yi - f;
            double e = multiplicativeError ? raw / f : raw;
            sse += e * e;
            sseRaw += raw * raw;
            if (multiplicativeError)
            {
                product *= Math.Abs(f);
                if (product > ProductHigh || product < ProductLow)
                {
                    product = Normalize(product, ref binaryExponent);
                }
            }

            if (storeInnovations)
            {
                innovations[i] = e;
            }

            if (storeForecasts)
            {
                forecasts[i] = f;
            }

            // R updates l = q + alpha (p - q) and b = phi b + (beta / alpha) (l_t - l_(t-1) - phi b), that is
            // phi b + beta (p - q). Tailor expands both into terms of l, b and p,
            //   l' = (1 - alpha) l + (1 - alpha) phi b + alpha p,   b' = phi (1 - beta) b - beta l + beta p,
            // equal up to rounding, so that the terms in p come off the dependency chain that runs from one
            // period's state to the next: without a trend it is one fused multiply-add per period instead of
            // a subtraction, a multiplication and an addition (about twice as fast).
            double newLevel;
            if (trend)
            {
                newLevel = (oneMinusAlpha * level) + MultiplyAdd(dampedOneMinusAlpha, slope, alpha * p);
                slope = (dampedOneMinusBeta * slope) + MultiplyAdd(-beta, level, beta * p);
            }
            else
            {
                newLevel = MultiplyAdd(oneMinusAlpha, level, alpha * p);
            }

            if (seasonal)
            {
                double t = additiveSeason ? yi - q : Math.Abs(q) < Tolerance ? Huge : yi / q;
                seasonRing[slot] = MultiplyAdd(gamma, t - oldSeason, oldSeason);
                if (++slot == m)
                {
                    slot = 0;
                }
            }

            level = newLevel;
        }


        if (!finalState.IsEmpty)
        {
            finalState[0] = level;
            if (trend)
            {
                finalState[1] = slope;
            }

            if (seasonal)
            {
                // The most recent state sits just before the next slot to be used.
                for (int j = 0; j < m; j++)
                {
                    int r = slot - 1 - j;
                    finalState[seasonOffset + j] = seasonRing[r < 0 ? r + m : r];
                }
            }
        }

        return new Sums(sse, sseRaw, product, binaryExponent);
    }

    /// <summary>a b + c, in one rounding where the processor has a fused multiply-add (one instruction on the chain instead of two).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double MultiplyAdd(double a, double b, double c) =>
        Fma.IsSupported || AdvSimd.IsSupported ? Math.FusedMultiplyAdd(a, b, c) : (a * b) + c;

    /// <summary>
    /// Splits a non-negative <paramref name="product"/> into 2^e times a mantissa in [1, 2), adding e to
    /// <paramref name="binaryExponent"/>; exact, and free of calls. Zero, infinity and NaN are left alone:
    /// their logarithm is what the likelihood should see.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Normalize(double product, ref long binaryExponent)
    {
        if (product == 0 || !double.IsFinite(product))
        {
            return product;
        }

        if (product < SmallestNormal)
        {
            // Subnormal: scaling by 2^64 is exact and makes it normal.
            product *= TwoToThe64;
            binaryExponent -= 64;
        }

        long bits = BitConverter.DoubleToInt64Bits(product);
        long exponent = (bits & ExponentMask) >> 52;
        binaryExponent += exponent - ExponentBias;
        return BitConverter.Int64BitsToDouble((bits & ~ExponentMask) | (ExponentBias << 52));
    }

    /// <summary>What one pass adds up; the product of |forecast| is kept as mantissa and binary exponent.</summary>
    private readonly record struct Sums(double SumSquaredErrors, double SumSquaredForecastErrors, double Product, long BinaryExponent);

    private readonly record struct Parameters(double Alpha, double Beta, double Gamma, double Phi, int M);

    private readonly struct AdditiveError;

    private readonly struct MultiplicativeError;

    private readonly struct NoTrend;

    private readonly struct WithTrend;

    private readonly struct NoSeason;

    private readonly struct AdditiveSeason;

    private readonly struct MultiplicativeSeason;
}
