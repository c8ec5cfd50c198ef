namespace Tailor.Experiments;

/// <summary>
/// Running count, means, variances and covariance of a metric and its pre-period covariate, updated
/// one subject at a time (Welford's method: stable where sums of squares of revenue would cancel).
/// </summary>
public sealed class SampleMoments
{
    private double _m2Y;
    private double _m2X;
    private double _cXY;

    /// <summary>Subjects added.</summary>
    public long Count { get; private set; }

    /// <summary>Sum of the metric.</summary>
    public double Sum { get; private set; }

    /// <summary>Mean of the metric; 0 when empty.</summary>
    public double Mean { get; private set; }

    /// <summary>Mean of the covariate; 0 when empty.</summary>
    public double CovariateMean { get; private set; }

    /// <summary>Sample variance of the metric (n - 1 denominator); 0 with fewer than 2 subjects.</summary>
    public double Variance => Count > 1 ? _m2Y / (Count - 1) : 0;

    /// <summary>Sample variance of the covariate; 0 with fewer than 2 subjects.</summary>
    public double CovariateVariance => Count > 1 ? _m2X / (Count - 1) : 0;

    /// <summary>Sample covariance of metric and covariate; 0 with fewer than 2 subjects.</summary>
    public double Covariance => Count > 1 ? _cXY / (Count - 1) : 0;

    /// <summary>Adds one subject's metric <paramref name="y"/> and covariate <paramref name="x"/>.</summary>
    public void Add(double y, double x = 0)
    {
        Count++;
        Sum += y;
        var dx = x - CovariateMean;
        CovariateMean += dx / Count;
        var dy = y - Mean;
        Mean += dy / Count;
        _m2Y += dy * (y - Mean);
        _m2X += dx * (x - CovariateMean);
        _cXY += dx * (y - Mean);
    }

    /// <summary>The moments of the union of several samples (Chan, Golub and LeVeque's pairwise update).</summary>
    public static SampleMoments Combine(IEnumerable<SampleMoments> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var total = new SampleMoments();
        foreach (var part in parts)
        {
            if (part.Count == 0)
            {
                continue;
            }

            var n = total.Count + part.Count;
            var dy = part.Mean - total.Mean;
            var dx = part.CovariateMean - total.CovariateMean;
            var weight = (double)total.Count * part.Count / n;
            total._m2Y += part._m2Y + (dy * dy * weight);
            total._m2X += part._m2X + (dx * dx * weight);
            total._cXY += part._cXY + (dx * dy * weight);
            total.Mean += dy * part.Count / n;
            total.CovariateMean += dx * part.Count / n;
            total.Sum += part.Sum;
            total.Count = n;
        }

        return total;
    }
}
