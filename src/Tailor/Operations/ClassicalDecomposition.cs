namespace Tailor.Operations;

/// <summary>
/// Classical seasonal decomposition by moving averages, as R's <c>decompose</c>: a centred moving average
/// of length m (2 x m for even m) estimates the trend; the seasonal figure averages the detrended values
/// of each position in the cycle and is normalised to mean 0 (additive) or 1 (multiplicative).
/// </summary>
internal static class ClassicalDecomposition
{
    /// <summary>
    /// The seasonal figure: element i applies to observations i, i + m, i + 2m, ... counted from the first
    /// observation. Needs at least two full cycles.
    /// </summary>
    public static double[] SeasonalFigure(ReadOnlySpan<double> x, int m, bool multiplicative)
    {
        int n = x.Length;
        if (m < 2 || n < 2 * m)
        {
            throw new ArgumentException($"Classical decomposition needs at least two seasons of {m} observations; the series has {n}.");
        }

        // Odd m: equal weights over m values. Even m: half weights on the two ends of an m + 1 window.
        int half = m / 2;
        bool even = m % 2 == 0;
        var sums = new double[m];
        var counts = new int[m];
        for (int t = half; t < n - half; t++)
        {
            double trend;
            if (even)
            {
                double window = 0;
                for (int k = -half + 1; k < half; k++)
                {
                    window += x[t + k];
                }

                trend = (window + (0.5 * (x[t - half] + x[t + half]))) / m;
            }
            else
            {
                double window = 0;
                for (int k = -half; k <= half; k++)
                {
                    window += x[t + k];
                }

                trend = window / m;
            }

            int position = t % m;
            sums[position] += multiplicative ? x[t] / trend : x[t] - trend;
            counts[position]++;
        }

        var figure = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++)
        {
            figure[i] = sums[i] / counts[i];
            total += figure[i];
        }

        double mean = total / m;
        for (int i = 0; i < m; i++)
        {
            figure[i] = multiplicative ? figure[i] / mean : figure[i] - mean;
        }

        return figure;
    }
}
