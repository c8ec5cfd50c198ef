using System.Runtime.InteropServices;

namespace Tailor.Operations;

/// <summary>Builds <see cref="ForecastResult"/>s from means and standard deviations.</summary>
internal static class ForecastIntervals
{
    /// <summary>Standard normal quantile for a central 80% interval, qnorm(0.9).</summary>
    public const double Z80 = 1.2815515655446004;

    /// <summary>Standard normal quantile for a central 95% interval, qnorm(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Normal intervals mean +/- z sd; the arrays become the result's, so callers must not reuse them.</summary>
    public static ForecastResult FromNormal(
        string model, double[] mean, double[] sd, InformationCriteria? criteria, double lowerLimit = double.NegativeInfinity)
    {
        int h = mean.Length;
        var lo80 = new double[h];
        var hi80 = new double[h];
        var lo95 = new double[h];
        var hi95 = new double[h];
        for (int i = 0; i < h; i++)
        {
            lo80[i] = Math.Max(lowerLimit, mean[i] - Z80 * sd[i]);
            hi80[i] = mean[i] + Z80 * sd[i];
            lo95[i] = Math.Max(lowerLimit, mean[i] - Z95 * sd[i]);
            hi95[i] = mean[i] + Z95 * sd[i];
        }

        return Create(model, mean, lo80, hi80, lo95, hi95, criteria);
    }

    /// <summary>Wraps the arrays without copying; callers hand over ownership.</summary>
    public static ForecastResult Create(
        string model, double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95, InformationCriteria? criteria) =>
        new()
        {
            Model = model,
            Point = ImmutableCollectionsMarshal.AsImmutableArray(mean),
            Lower80 = ImmutableCollectionsMarshal.AsImmutableArray(lo80),
            Upper80 = ImmutableCollectionsMarshal.AsImmutableArray(hi80),
            Lower95 = ImmutableCollectionsMarshal.AsImmutableArray(lo95),
            Upper95 = ImmutableCollectionsMarshal.AsImmutableArray(hi95),
            Criteria = criteria,
        };
}
