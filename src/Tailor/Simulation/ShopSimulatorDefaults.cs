namespace Tailor.Simulation;

/// <summary>Default values of <see cref="ShopSimulatorOptions"/>.</summary>
public static class ShopSimulatorDefaults
{
    /// <summary>Default random seed.</summary>
    public const int Seed = 42;

    /// <summary>Default number of customers over the whole period.</summary>
    public const int Customers = 2000;

    /// <summary>Default number of catalogue items, products and content together.</summary>
    public const int Items = 500;

    /// <summary>Default length of the period in days (two years).</summary>
    public const int Days = 730;

    /// <summary>Default shop id.</summary>
    public const string ShopId = "default";

    /// <summary>Default fraction of catalogue items that are content (articles, guides).</summary>
    public const double ContentShare = 0.08;

    /// <summary>Default number of latent taste dimensions.</summary>
    public const int TasteDimensions = 8;

    /// <summary>Default fraction of customers who already exist when the period starts.</summary>
    public const double InitialCustomerShare = 0.25;

    /// <summary>Default for whether email campaigns are sent.</summary>
    public const bool EmailCampaigns = true;

    /// <summary>Default first day of the period.</summary>
    public static DateOnly Start { get; } = new(2024, 1, 1);

    /// <summary>
    /// Default BG/NBD population: mean rate 1.5/60 purchases a day (about 9 a year) with strong
    /// heterogeneity, and a mean dropout probability of 0.8/8.8 (about 9 %) after each repeat purchase.
    /// </summary>
    public static BgNbdParameters PurchaseProcess { get; } = new(R: 1.5, Alpha: 60, A: 0.8, B: 8);

    /// <summary>
    /// Default paid channels of a small gift shop, about 8,000 a month in total. Search and print are
    /// concave (S &lt;= 1); display and video are S-shaped (S &gt; 1) and so need a minimum budget.
    /// </summary>
    public static IReadOnlyList<MarketingChannel> Channels { get; } = Array.AsReadOnly(
    [
        new MarketingChannel("search", AdstockDecay: 0.3, HalfSaturation: 70, Shape: 0.9, MaxLift: 0.22,
            TypicalDailySpend: 60, SpendPattern.AlwaysOn, CostPerThousandImpressions: 30, ClickThroughRate: 0.04,
            ReportedConversionFactor: 1.4),
        new MarketingChannel("social", AdstockDecay: 0.5, HalfSaturation: 55, Shape: 1.3, MaxLift: 0.18,
            TypicalDailySpend: 45, SpendPattern.Varying, CostPerThousandImpressions: 7, ClickThroughRate: 0.012,
            ReportedConversionFactor: 1.6),
        new MarketingChannel("display", AdstockDecay: 0.6, HalfSaturation: 90, Shape: 2.6, MaxLift: 0.14,
            TypicalDailySpend: 80, SpendPattern.Flighted, CostPerThousandImpressions: 3, ClickThroughRate: 0.002,
            ReportedConversionFactor: 2.0),
        new MarketingChannel("video", AdstockDecay: 0.7, HalfSaturation: 120, Shape: 2.0, MaxLift: 0.12,
            TypicalDailySpend: 100, SpendPattern.Flighted, CostPerThousandImpressions: 12, ClickThroughRate: 0.003,
            ReportedConversionFactor: 1.8),
        new MarketingChannel("print", AdstockDecay: 0.8, HalfSaturation: 60, Shape: 1.0, MaxLift: 0.10,
            TypicalDailySpend: 50, SpendPattern.Weekly, CostPerThousandImpressions: 30, ClickThroughRate: 0,
            ReportedConversionFactor: 0.4),
    ]);
}
