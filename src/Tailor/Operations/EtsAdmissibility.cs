namespace Tailor.Operations;

/// <summary>
/// The admissible (forecastable) parameter region of Hyndman et al. (2008, ch. 10), tested as R's
/// <c>ets</c> tests it. R finds the roots of the characteristic polynomial; Tailor runs the Schur-Cohn
/// step-down recursion instead, which decides the same question (are all roots inside the circle of
/// radius 1 + 1e-10?) in O(m^2) operations and without allocating, inside the optimiser's loop.
/// </summary>
internal static class EtsAdmissibility
{
    private const double RootRadius = 1 + 1e-10;

    /// <summary>
    /// True when the parameters are admissible. Pass beta 0 without a trend, gamma 0 and m 1 without a
    /// season, phi 1 without damping, as R does.
    /// </summary>
    public static bool IsAdmissible(double alpha, double beta, double gamma, double phi, int m, bool seasonal, bool trend)
    {
        if (phi < 0 || phi > 1 + 1e-8)
        {
            return false;
        }

        if (!seasonal)
        {
            if (alpha < 1 - (1 / phi) || alpha > 1 + (1 / phi))
            {
                return false;
            }

            return !trend || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
        }

        if (m <= 1)
        {
            return true;
        }

        double d = 1 - (1 / phi) - alpha;
        if (gamma < Math.Max(d, 0) || gamma > 1 + (1 / phi) - alpha)
        {
            return false;
        }

        if (alpha < 1 - (1 / phi) - (gamma * (1 - m + phi + (phi * m)) / (2 * phi * m)))
        {
            return false;
        }

        if (beta < -(1 - phi) * ((gamma / m) + alpha))
        {
            return false;
        }

        return CharacteristicRootsInside(alpha, beta, gamma, phi, m);
    }

    /// <summary>
    /// Whether every root of z^(m+1) + (a+b-phi) z^m + (a+b-a phi) (z^(m-1) + ... + z^2)
    /// + (a+b-a phi+g-1) z + phi (1-a-g) lies within radius 1 + 1e-10.
    /// </summary>
    /// <remarks>
    /// The polynomial's value at z = 1 is m (a + b - a phi) + g (1 - phi), which is 0 for a seasonal model
    /// without trend (b = 0, phi = 1): z = 1 is then always a root, on the circle and so within the radius.
    /// R's <c>polyroot</c> returns it with an error of about 1e-13, which usually passes the 1e-10 margin,
    /// but with small alpha and gamma further roots crowd in around 1, both R's root finder and a
    /// step-down on the full polynomial lose precision there, and whether a point passes becomes rounding
    /// noise (on such series Tailor's step-down refused points R accepted and its search stopped at a worse
    /// likelihood). Dividing the known root out leaves the question R means to ask, asked exactly: are the
    /// other m roots inside?
    /// </remarks>
    internal static bool CharacteristicRootsInside(double alpha, double beta, double gamma, double phi, int m)
    {
        int degree = m + 1;
        Span<double> c = degree <= 64 ? stackalloc double[degree + 1] : new double[degree + 1];
        c[0] = 1;
        c[1] = alpha + beta - phi;
        for (int i = 2; i < m; i++)
        {
            c[i] = alpha + beta - (alpha * phi);
        }

        c[m] = alpha + beta - (alpha * phi) + gamma - 1;
        c[m + 1] = phi * (1 - alpha - gamma);
        if (beta == 0 && phi == 1)
        {
            // Synthetic division by (z - 1); the remainder c[m + 1] + q[m] is exactly 0.
            for (int i = 1; i <= m; i++)
            {
                c[i] += c[i - 1];
            }

            c = c[..degree];
        }

        return RootsInside(c, RootRadius);
    }

    /// <summary>
    /// Schur-Cohn test for the monic polynomial c[0] z^d + c[1] z^(d-1) + ... + c[d] (c[0] = 1): all roots
    /// have modulus below <paramref name="radius"/>. Substituting z = radius w scales c[i] by radius^-i;
    /// then each step-down removes one root and the reflection coefficient must stay inside (-1, 1).
    /// Overwrites <paramref name="c"/>.
    /// </summary>
    internal static bool RootsInside(Span<double> c, double radius)
    {
        int degree = c.Length - 1;
        double scale = 1;
        for (int i = 1; i <= degree; i++)
        {
            scale /= radius;
            c[i] *= scale;
        }

        for (int d = degree; d >= 1; d--)
        {
            double k = c[d];
            if (!(Math.Abs(k) < 1))
            {
                return false;
            }

            double denominator = 1 - (k * k);
            // Coefficients i and d - i update from each other's old values: do them in pairs.
            for (int i = 1, j = d - 1; i <= j; i++, j--)
            {
                double ci = c[i];
                double cj = c[j];
                c[i] = (ci - (k * cj)) / denominator;
                if (i != j)
                {
                    c[j] = (cj - (k * ci)) / denominator;
                }
            }
        }

        return true;
    }
}
