namespace Tailor.Simulation;

/// <summary>
/// A paid marketing channel of the simulated shop, with its true response curve and how its budget
/// is spent. The response is a geometric adstock followed by a Hill saturation; the result is a
/// relative lift of every customer's purchase intensity (and of the acquisition rate).
/// </summary>
/// <param name="Name">Channel name as it appears in spend rows, such as "search". Must be unique and non-empty.</param>
/// <param name="AdstockDecay">
/// Share of yesterday's adstock carried into today, range [0, 1). The adstock is normalised:
/// <c>adstock[t] = (1 - decay) * spend[t] + decay * adstock[t-1]</c>, starting from 0 before the
/// first day, so a steady spend s has a steady adstock s.
/// </param>
/// <param name="HalfSaturation">
/// Hill half-saturation K in shop currency a day of adstock, range (0, 1e9]: the adstock that buys
/// half of <see cref="MaxLift"/>.
/// </param>
/// <param name="Shape">
/// Hill shape S, range (0, 10]. S &lt;= 1 gives a concave curve; S &gt; 1 an S-shaped one whose
/// first euros buy little.
/// </param>
/// <param name="MaxLift">
/// Largest relative lift the channel can give, range [0, 10]; 0.2 means purchase intensity rises
/// by at most 20 %.
/// </param>
/// <param name="TypicalDailySpend">Typical daily budget when the channel is on, in shop currency, range [0, 1e9].</param>
/// <param name="Pattern">How the budget varies over time, so the curve is identifiable from history.</param>
/// <param name="CostPerThousandImpressions">Cost per thousand impressions, in shop currency, range (0, 1e6].</param>
/// <param name="ClickThroughRate">Clicks per impression, range [0, 1]; 0 means the channel reports no clicks (print).</param>
/// <param name="ReportedConversionFactor">
/// How much the channel's own attribution over-states (above 1) or under-states (below 1) its
/// true incremental orders, range [0, 100].
/// </param>
public sealed record MarketingChannel(
    string Name,
    double AdstockDecay,
    double HalfSaturation,
    double Shape,
    double MaxLift,
    double TypicalDailySpend,
    SpendPattern Pattern,
    double CostPerThousandImpressions,
    double ClickThroughRate,
    double ReportedConversionFactor)
{
    /// <summary>The relative lift bought by a given (normalised) adstock: MaxLift * a^S / (K^S + a^S).</summary>
    /// <param name="adstock">Adstocked spend in shop currency a day; negative values count as 0.</param>
    public double Lift(double adstock)
    {
        if (adstock <= 0)
        {
            return 0;
        }

        var ratio = Math.Pow(adstock / HalfSaturation, Shape);
        return MaxLift * ratio / (1 + ratio);
    }

    /// <summary>
    /// The relative lift of a steady daily spend kept up long enough for the adstock to settle; with a
    /// normalised adstock that is simply <see cref="Lift"/> of the spend.
    /// </summary>
    /// <param name="dailySpend">Spend a day in shop currency.</param>
    public double SteadyStateLift(double dailySpend) => Lift(dailySpend);

    /// <summary>Computes the normalised geometric adstock of a daily spend series, starting from 0.</summary>
    /// <param name="spend">Spend per day, oldest first.</param>
    /// <param name="adstock">Receives the adstock per day; at least as long as <paramref name="spend"/>.</param>
    public void Adstock(ReadOnlySpan<double> spend, Span<double> adstock)
    {
        if (adstock.Length < spend.Length)
        {
            throw new ArgumentException("The adstock span must be at least as long as the spend span.", nameof(adstock));
        }

        var carried = 0.0;
        for (var day = 0; day < spend.Length; day++)
        {
            carried = ((1 - AdstockDecay) * spend[day]) + (AdstockDecay * carried);
            adstock[day] = carried;
        }
    }
}
