namespace Tailor.Marketing;

/// <summary>
/// A channel's fitted response: geometric adstock, then a Hill saturation, scaled by the largest
/// relative lift. A steady daily spend x lifts the baseline outcome by the factor
/// <c>Lift * x^Shape / (HalfSaturation^Shape + x^Shape)</c>.
/// </summary>
/// <param name="Channel">Channel name as in the spend rows.</param>
/// <param name="Lift">Largest relative lift of the baseline outcome the channel can buy (0.2 = +20 %).</param>
/// <param name="HalfSaturation">Adstocked daily spend, in shop currency, that buys half of <paramref name="Lift"/>.</param>
/// <param name="Shape">Hill shape: at most 1 a concave curve, above 1 an S-shaped one whose first euros buy little.</param>
/// <param name="AdstockDecay">Share of yesterday's adstock carried into today, in [0, 1).</param>
public sealed record ChannelCurve(string Channel, double Lift, double HalfSaturation, double Shape, double AdstockDecay)
{
    /// <summary>Relative lift of the baseline from a steady daily spend (the adstock then equals the spend).</summary>
    /// <param name="dailySpend">Spend a day in shop currency; 0 or less gives 0.</param>
    public double RelativeLift(double dailySpend) => Scaled(1).Value(dailySpend);

    /// <summary>The steady-state curve in another unit: <paramref name="unitsPerLift"/> times the relative lift.</summary>
    /// <param name="unitsPerLift">What a relative lift of 1 is worth a day, such as the baseline revenue.</param>
    public SpendCurve Scaled(double unitsPerLift) => new(Channel, Lift * unitsPerLift, HalfSaturation, Shape);
}
