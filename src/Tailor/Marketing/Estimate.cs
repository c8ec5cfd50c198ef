namespace Tailor.Marketing;

/// <summary>A point estimate with a bootstrap percentile interval.</summary>
/// <param name="Value">The estimate from the fit to the data.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
public sealed record Estimate(double Value, double Lower, double Upper)
{
    /// <summary>The estimate with the given bootstrap values' percentile interval at the coverage.</summary>
    /// <param name="value">Point estimate.</param>
    /// <param name="draws">Bootstrap values; with none, the interval is the point.</param>
    /// <param name="level">Coverage, such as 0.9.</param>
    public static Estimate FromDraws(double value, IReadOnlyList<double> draws, double level)
    {
        ArgumentNullException.ThrowIfNull(draws);
        if (draws.Count == 0)
        {
            return new Estimate(value, value, value);
        }

        var sorted = draws.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Estimate(value, value, value);
        }

        var tail = (1 - level) / 2;
        return new Estimate(value, Quantile(sorted, tail), Quantile(sorted, 1 - tail));
    }

    /// <summary>Every number multiplied by a factor (positive).</summary>
    public Estimate Times(double factor) => new(Value * factor, Lower * factor, Upper * factor);

    // Linear interpolation between order statistics (R's type 7).
    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(sorted.Length - 1, below + 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
