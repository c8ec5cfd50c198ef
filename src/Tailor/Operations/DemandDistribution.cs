using MathNet.Numerics.Distributions;

namespace Tailor.Operations;

/// <summary>
/// Units demanded over several periods, as a count distribution with the forecast's mean and variance:
/// Poisson when the variance does not exceed the mean (a count cannot vary less), negative binomial when
/// it does. Quantiles are whole units, which matters for the slow movers most small-shop items are: a
/// normal approximation of 0.7 expected units asks for a fraction of a unit of safety stock.
/// </summary>
public sealed record DemandDistribution
{
    private DemandDistribution(double mean, double variance)
    {
        Mean = mean;
        Variance = variance;
    }

    /// <summary>Expected units.</summary>
    public double Mean { get; }

    /// <summary>Variance of the units, at least <see cref="Mean"/>.</summary>
    public double Variance { get; }

    /// <summary>Standard deviation of the units.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>A distribution with the given mean (at least 0) and variance (raised to the mean if below it).</summary>
    public static DemandDistribution Create(double mean, double variance)
    {
        if (!double.IsFinite(mean) || !double.IsFinite(variance) || variance < 0)
        {
            throw new ArgumentException($"Demand needs a finite mean and a finite non-negative variance (were {mean} and {variance}).", nameof(mean));
        }

        mean = Math.Max(0, mean);
        return new DemandDistribution(mean, Math.Max(mean, variance));
    }

    /// <summary>
    /// Demand over forecast periods <paramref name="start"/> to <paramref name="start"/> + <paramref name="periods"/> - 1
    /// (0 is the period after the data). The mean adds the point forecasts. The variance treats the
    /// forecast as a linear innovations state-space model (Hyndman, Koehler, Ord and Snyder 2008, 6.1):
    /// the h-step variance sigma^2 (1 + c_1^2 + ... + c_{h-1}^2) gives each c_j, and one period's error
    /// moves every later forecast by c_j, so the errors of a total are correlated and its variance is
    /// sigma^2 times the sum of squared coefficients of each error in the total. Adding the periods'
    /// variances instead would understate the spread of a total by half or more for a smoothed level;
    /// for a flat model with independent errors (Croston, SBA, TSB) both agree.
    /// </summary>
    public static DemandDistribution FromForecast(ForecastResult forecast, int periods, int start = 0)
    {
        DemandOverPeriods demand = DemandOverPeriods.FromForecast(forecast, periods, start);
        int end = start + periods;
        var c = new double[end];
        double sigma2 = PeriodVariance(forecast, 0);
        double previous = sigma2;
        for (int h = 1; h < end; h++)
        {
            double v = PeriodVariance(forecast, h);
            c[h] = sigma2 > 0 ? Math.Sqrt(Math.Max(0, v - previous) / sigma2) : 0;
            previous = Math.Max(previous, v);
        }

        // The error of period k (0-based) reaches the periods after it through c; its coefficient in the
        // total of periods [start, end) is 1 (if it lies inside) plus the c of every later period inside.
        var cumulative = new double[end];
        for (int j = 1; j < end; j++)
        {
            cumulative[j] = cumulative[j - 1] + c[j];
        }

        double variance = 0;
        for (int k = 0; k < end; k++)
        {
            double coefficient = k >= start
                ? 1 + cumulative[end - 1 - k]
                : cumulative[end - 1 - k] - cumulative[start - 1 - k];
            variance += coefficient * coefficient;
        }

        return Create(demand.Mean, sigma2 * variance);
    }

    private static double PeriodVariance(ForecastResult forecast, int h)
    {
        double sd = (forecast.Upper95[h] - forecast.Point[h]) / ForecastIntervals.Z95;
        return double.IsFinite(sd) ? sd * sd : 0;
    }

    /// <summary>P(D &lt;= units).</summary>
    public double Cdf(double units)
    {
        if (units < 0)
        {
            return 0;
        }

        double k = Math.Floor(units);
        if (Mean < 1e-9)
        {
            return 1;
        }

        if (Variance <= Mean * (1 + 1e-9))
        {
            return Poisson.CDF(Mean, k);
        }

        // NB with r successes and success probability p has mean r(1-p)/p and variance r(1-p)/p^2.
        double p = Mean / Variance;
        double r = Mean * Mean / (Variance - Mean);
        double logZero = r * Math.Log(p);
        if (logZero < -700 || k > 1_000_000)
        {
            return NegativeBinomial.CDF(r, p, k);
        }

        // Summed term by term: the incomplete beta function behind the library's CDF returns 0 for the
        // tiny r of an item that all but stopped selling, where P(D = 0) = p^r is nearly 1.
        double term = Math.Exp(logZero);
        double sum = term;
        for (int i = 0; i < k; i++)
        {
            term *= (i + r) / (i + 1) * (1 - p);
            sum += term;
        }

        return Math.Min(1, sum);
    }

    /// <summary>Probability that demand exceeds <paramref name="units"/>: the risk of running out holding that many.</summary>
    public double ExceedanceProbability(double units) => Math.Clamp(1 - Cdf(units), 0, 1);

    /// <summary>The smallest whole number of units S with P(D &lt;= S) at least <paramref name="probability"/>.</summary>
    public int Quantile(double probability)
    {
        if (probability is <= 0 or >= 1)
        {
            throw new ArgumentException($"A demand quantile needs a probability strictly between 0 and 1 (was {probability}).", nameof(probability));
        }

        if (Mean == 0)
        {
            return 0;
        }

        // Bisection between 0 and far in the upper tail; the CDF is monotone in whole units.
        long low = 0;
        long high = (long)Math.Ceiling(Mean + (50 * StandardDeviation) + 50);
        if (Cdf(0) >= probability)
        {
            return 0;
        }

        while (high - low > 1)
        {
            long middle = (low + high) / 2;
            if (Cdf(middle) >= probability)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return (int)Math.Min(int.MaxValue, high);
    }
}
