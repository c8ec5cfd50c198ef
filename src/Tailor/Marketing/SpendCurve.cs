namespace Tailor.Marketing;

/// <summary>
/// A channel's steady-state response to a daily spend x, in one unit (revenue for allocation):
/// <c>MaxResponse * x^Shape / (HalfSaturation^Shape + x^Shape)</c>. Concave when Shape is at most 1;
/// S-shaped (convex up to <see cref="Inflection"/>, concave after) when Shape is above 1.
/// </summary>
/// <param name="Channel">Channel name.</param>
/// <param name="MaxResponse">Response at saturation, non-negative.</param>
/// <param name="HalfSaturation">Daily spend that buys half of <paramref name="MaxResponse"/>, positive.</param>
/// <param name="Shape">Hill shape, positive.</param>
public sealed record SpendCurve(string Channel, double MaxResponse, double HalfSaturation, double Shape) : IResponseCurve
{
    /// <summary>Whether the curve is concave on all of [0, infinity).</summary>
    public bool IsConcave => Shape <= 1;

    /// <summary>Spend where the slope is largest: 0 for a concave curve, K((S-1)/(S+1))^(1/S) otherwise.</summary>
    public double Inflection => IsConcave ? 0 : HalfSaturation * Math.Pow((Shape - 1) / (Shape + 1), 1 / Shape);

    /// <inheritdoc/>
    public double ConcaveFrom => Inflection;

    /// <summary>Whether the parameters describe a curve: finite, MaxResponse at least 0, HalfSaturation and Shape positive.</summary>
    public bool IsValid => double.IsFinite(MaxResponse) && MaxResponse >= 0 && double.IsFinite(HalfSaturation) && HalfSaturation > 0
                           && double.IsFinite(Shape) && Shape > 0;

    /// <summary>Response to a steady daily spend.</summary>
    public double Value(double dailySpend) => dailySpend <= 0
        ? 0
        : MaxResponse / (1 + Math.Exp(-Shape * (Math.Log(dailySpend) - Math.Log(HalfSaturation))));

    /// <summary>Slope of <see cref="Value"/>: the response to the next unit of spend.</summary>
    public double Slope(double dailySpend)
    {
        if (dailySpend <= 0)
        {
            return Shape < 1 ? double.PositiveInfinity : Shape == 1 ? MaxResponse / HalfSaturation : 0;
        }

        var h = 1 / (1 + Math.Exp(-Shape * (Math.Log(dailySpend) - Math.Log(HalfSaturation))));
        return MaxResponse * Shape / dailySpend * h * (1 - h);
    }
}
