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

    // Rescale the running product of |forecast| before it can overflow or underflow; one log per rescale
    // instead of one per observation.
    private const double ProductHigh = 1e150;
    private const double ProductLow = 1e-150;

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
        bool trend = spec.HasTrend;
        EtsSeason season = spec.Season;
        bool multiplicativeError = spec.Error == EtsError.Multiplicative;
        bool storeInnovations = !innovations.IsEmpty;
        bool storeForecasts = !forecasts.IsEmpty;
        double betaOverAlpha = beta / alpha;

        double level = initial[0];
        double slope = trend ? initial[1] : 0.0;
        int seasonOffset = trend ? 2 : 1;
        int slot = 0;
        if (season != EtsSeason.None)
        {
            // Ring slot 0 holds the oldest seasonal state, the one the first observation uses.
            for (int j = 0; j < m; j++)
            {
                seasonRing[j] = initial[seasonOffset + m - 1 - j];
            }
        }

        double sse = 0;
        double sseRaw = 0;
        double logSum = 0;
        double product = 1;
        for (int i = 0; i < y.Length; i++)
        {
            double yi = y[i];
            double dampedSlope = phi * slope;
            double q = level + dampedSlope;
            double f;
            double p;
            double oldSeason = 0;
            switch (season)
            {
                case EtsSeason.None:
                    f = q;
                    p = yi;
                    break;
                case EtsSeason.Additive:
                    oldSeason = seasonRing[slot];
                    f = q + oldSeason;
                    p = yi - oldSeason;
                    break;
                default:
                    oldSeason = seasonRing[slot];
                    f = q * oldSeason;
                    p = Math.Abs(oldSeason) < Tolerance ? Huge : yi / oldSeason;
                    break;
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
                    logSum += Math.Log(product);
                    product = 1;
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

            double newLevel = q + (alpha * (p - q));
            if (trend)
            {
                slope = dampedSlope + (betaOverAlpha * (newLevel - level - dampedSlope));
            }

            if (season != EtsSeason.None)
            {
                double t = season == EtsSeason.Additive ? yi - q : Math.Abs(q) < Tolerance ? Huge : yi / q;
                seasonRing[slot] = oldSeason + (gamma * (t - oldSeason));
                if (++slot == m)
                {
                    slot = 0;
                }
            }

            level = newLevel;
        }

        if (multiplicativeError)
        {
            logSum += Math.Log(product);
        }

        if (!finalState.IsEmpty)
        {
            finalState[0] = level;
            if (trend)
            {
                finalState[1] = slope;
            }

            if (season != EtsSeason.None)
            {
                // The most recent state sits just before the next slot to be used.
                for (int j = 0; j < m; j++)
                {
                    int r = slot - 1 - j;
                    finalState[seasonOffset + j] = seasonRing[r < 0 ? r + m : r];
                }
            }
        }

        return new EtsPass(sse, logSum, sseRaw);
    }
}
