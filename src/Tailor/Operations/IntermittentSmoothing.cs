namespace Tailor.Operations;

/// <summary>
/// The recursions of Croston, SBA and TSB, with the in-sample squared one-step errors that the
/// smoothing search minimises and the intervals use.
/// </summary>
internal static class IntermittentSmoothing
{
    /// <summary>Result of one pass: the per-period forecast and the in-sample one-step squared errors.</summary>
    public readonly record struct Pass(double Forecast, double SumSquaredErrors, int Count);

    /// <summary>
    /// Croston as R's <c>croston</c>: size and interval start at the first demand (the interval counts
    /// from one period before the series), then each later demand updates both by simple exponential
    /// smoothing. <paramref name="factor"/> is 1 for Croston and 1 - alpha / 2 for SBA. One-step errors
    /// count from the period after the first demand.
    /// </summary>
    public static Pass Croston(ReadOnlySpan<double> y, double alpha, double factor)
    {
        double size = 0;
        double interval = 0;
        bool started = false;
        int last = -1;
        double sse = 0;
        int count = 0;
        for (int t = 0; t < y.Length; t++)
        {
            if (started)
            {
                double e = y[t] - (factor * size / interval);
                sse += e * e;
                count++;
            }

            if (y[t] > 0)
            {
                int gap = t - last;
                if (!started)
                {
                    size = y[t];
                    interval = gap;
                    started = true;
                }
                else
                {
                    size += alpha * (y[t] - size);
                    interval += alpha * (gap - interval);
                }

                last = t;
            }
        }

        return new Pass(started ? factor * size / interval : 0, sse, count);
    }

    /// <summary>
    /// TSB: the probability of a demand moves towards 1 after a demand and towards 0 after a quiet
    /// period; the size moves only when a demand occurs. Starts from the mean non-zero demand and the
    /// share of periods with demand, so every period contributes a one-step error.
    /// </summary>
    public static Pass Tsb(ReadOnlySpan<double> y, double alpha, double beta)
    {
        int nonZero = 0;
        double total = 0;
        foreach (double v in y)
        {
            if (v > 0)
            {
                nonZero++;
                total += v;
            }
        }

        if (nonZero == 0)
        {
            return new Pass(0, 0, y.Length);
        }

        double size = total / nonZero;
        double probability = (double)nonZero / y.Length;
        double sse = 0;
        for (int t = 0; t < y.Length; t++)
        {
            double e = y[t] - (probability * size);
            sse += e * e;
            if (y[t] > 0)
            {
                probability += beta * (1 - probability);
                size += alpha * (y[t] - size);
            }
            else
            {
                probability -= beta * probability;
            }
        }

        return new Pass(probability * size, sse, y.Length);
    }
}
