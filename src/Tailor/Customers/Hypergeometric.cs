namespace Tailor.Customers;

/// <summary>
/// The Gauss hypergeometric function 2F1 by its power series, for the 0 &lt;= z &lt; 1 that BG/NBD
/// needs (z = t / (alpha + T + t)). The series converges for every such z; close to 1 it needs many
/// terms, which stays cheap next to the rest of a fit.
/// </summary>
internal static class Hypergeometric
{
    /// <summary>Most terms summed before giving up; z = 0.9999 with parameters near 100 needs about 10^6.</summary>
    public const int MaxTerms = 2_000_000;

    // Terms are rescaled when they pass this size so long series with huge intermediate terms
    // (large a and b, z near 1) do not overflow; the scale is returned as a logarithm.
    private const double Rescale = 1e200;
    private const double Epsilon = 1e-16;

    /// <summary>2F1(a, b; c; z) for 0 &lt;= z &lt; 1 and c not a non-positive integer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">z outside [0, 1).</exception>
    /// <exception cref="ArithmeticException">The series did not converge within <see cref="MaxTerms"/> terms.</exception>
    public static double Gauss2F1(double a, double b, double c, double z)
    {
        var tail = ScaledTail(a, b, c, z, out var logScale);
        return 1 + (tail * Math.Exp(logScale) / c);
    }

    /// <summary>
    /// c (2F1(a, b; c; z) - 1) = sum over n &gt;= 1 of (a)_n (b)_n / ((c + 1)_(n-1) n!) z^n, returned as
    /// a value times exp(<paramref name="logScale"/>). Multiplying by c removes the pole at c = 0 that
    /// BG/NBD's a + b - 1 would otherwise hit for x = 0.
    /// </summary>
    public static double ScaledTail(double a, double b, double c, double z, out double logScale)
    {
        if (!(z >= 0 && z < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The 2F1 series needs 0 <= z < 1.");
        }

        logScale = 0;
        if (z == 0)
        {
            return 0;
        }

        var term = a * b * z;
        var sum = term;
        for (var n = 1; n < MaxTerms; n++)
        {
            var ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (Math.Abs(term) > Rescale)
            {
                term /= Rescale;
                sum /= Rescale;
                logScale += Math.Log(Rescale);
            }

            // Once the ratio has fallen below 1 the ratios only move towards z, so the tail is at most
            // a geometric series with ratio max(|ratio|, z).
            var bound = Math.Max(Math.Abs(ratio), z);
            if (bound < 1 && Math.Abs(term) * bound / (1 - bound) <= Epsilon * Math.Abs(sum))
            {
                return sum;
            }

            if (term == 0)
            {
                return sum;
            }
        }

        throw new ArithmeticException($"The 2F1({a}, {b}; {c}; {z}) series did not converge within {MaxTerms} terms.");
    }
}
