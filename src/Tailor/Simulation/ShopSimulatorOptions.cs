namespace Tailor.Simulation;

/// <summary>Knobs of <see cref="ShopSimulator.Generate"/>. Defaults live in <see cref="ShopSimulatorDefaults"/>.</summary>
public sealed record ShopSimulatorOptions
{
    /// <summary>Random seed; the same options give the same shop. Any value. Default 42.</summary>
    public int Seed { get; init; } = ShopSimulatorDefaults.Seed;

    /// <summary>
    /// Number of customers over the whole period, those present at the start and those acquired
    /// during it. Range [1, 1,000,000]. Default 2000.
    /// </summary>
    public int Customers { get; init; } = ShopSimulatorDefaults.Customers;

    /// <summary>Number of catalogue items, products and content together. Range [20, 100,000]. Default 500.</summary>
    public int Items { get; init; } = ShopSimulatorDefaults.Items;

    /// <summary>Length of the simulated period in days. Range [28, 3660]. Default 730 (two years).</summary>
    public int Days { get; init; } = ShopSimulatorDefaults.Days;

    /// <summary>First day of the period; all timestamps are UTC. Default 2024-01-01.</summary>
    public DateOnly Start { get; init; } = ShopSimulatorDefaults.Start;

    /// <summary>Id of the simulated shop, non-empty. Default "default".</summary>
    public string ShopId { get; init; } = ShopSimulatorDefaults.ShopId;

    /// <summary>
    /// Fraction of items that are content (articles and guides tied to a category, no price).
    /// Range [0, 0.5]. Default 0.08.
    /// </summary>
    public double ContentShare { get; init; } = ShopSimulatorDefaults.ContentShare;

    /// <summary>Number of latent taste dimensions of customers and items. Range [2, 64]. Default 8.</summary>
    public int TasteDimensions { get; init; } = ShopSimulatorDefaults.TasteDimensions;

    /// <summary>
    /// Fraction of <see cref="Customers"/> who already exist on the first day (created up to two
    /// years earlier); the rest are acquired during the period. Range [0, 1]. Default 0.25.
    /// </summary>
    public double InitialCustomerShare { get; init; } = ShopSimulatorDefaults.InitialCustomerShare;

    /// <summary>BG/NBD population the customers' purchase rates and dropout probabilities are drawn from.</summary>
    public BgNbdParameters PurchaseProcess { get; init; } = ShopSimulatorDefaults.PurchaseProcess;

    /// <summary>
    /// Paid marketing channels with their true response curves. May be empty (no paid marketing);
    /// names must be unique. Default: search, social, display, video and print.
    /// </summary>
    public IReadOnlyList<MarketingChannel> Channels { get; init; } = ShopSimulatorDefaults.Channels;

    /// <summary>Whether email campaigns are sent (2 to 4 a month). Default true.</summary>
    public bool EmailCampaigns { get; init; } = ShopSimulatorDefaults.EmailCampaigns;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Customers is >= 1 and <= 1_000_000, nameof(Customers), $"must be between 1 and 1,000,000 (was {Customers})");
        Require(Items is >= 20 and <= 100_000, nameof(Items), $"must be between 20 and 100,000 (was {Items})");
        Require(Days is >= 28 and <= 3660, nameof(Days), $"must be between 28 and 3660 (was {Days})");
        Require(!string.IsNullOrWhiteSpace(ShopId), nameof(ShopId), "must not be empty");
        Require(ContentShare is >= 0 and <= 0.5, nameof(ContentShare), $"must be between 0 and 0.5 (was {ContentShare})");
        Require(TasteDimensions is >= 2 and <= 64, nameof(TasteDimensions), $"must be between 2 and 64 (was {TasteDimensions})");
        Require(InitialCustomerShare is >= 0 and <= 1, nameof(InitialCustomerShare), $"must be between 0 and 1 (was {InitialCustomerShare})");
        Require(PurchaseProcess is not null, nameof(PurchaseProcess), "must not be null");
        var process = PurchaseProcess!;
        Require(process.R is > 0 and <= 100, nameof(PurchaseProcess), $"R must be in (0, 100] (was {process.R})");
        Require(process.Alpha is > 0 and <= 100_000, nameof(PurchaseProcess), $"Alpha must be in (0, 100000] (was {process.Alpha})");
        Require(process.A is > 0 and <= 100, nameof(PurchaseProcess), $"A must be in (0, 100] (was {process.A})");
        Require(process.B is > 0 and <= 100, nameof(PurchaseProcess), $"B must be in (0, 100] (was {process.B})");
        Require(Channels is not null, nameof(Channels), "must not be null");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channel in Channels!)
        {
            Require(channel is not null, nameof(Channels), "must not contain null");
            Require(!string.IsNullOrWhiteSpace(channel!.Name), nameof(Channels), "channel names must not be empty");
            Require(names.Add(channel.Name), nameof(Channels), $"channel '{channel.Name}' appears twice");
            Require(channel.AdstockDecay is >= 0 and < 1, nameof(Channels), $"'{channel.Name}': AdstockDecay must be in [0, 1)");
            Require(channel.HalfSaturation is > 0 and <= 1e9, nameof(Channels), $"'{channel.Name}': HalfSaturation must be in (0, 1e9]");
            Require(channel.Shape is > 0 and <= 10, nameof(Channels), $"'{channel.Name}': Shape must be in (0, 10]");
            Require(channel.MaxLift is >= 0 and <= 10, nameof(Channels), $"'{channel.Name}': MaxLift must be in [0, 10]");
            Require(channel.TypicalDailySpend is >= 0 and <= 1e9, nameof(Channels), $"'{channel.Name}': TypicalDailySpend must be in [0, 1e9]");
            Require(channel.CostPerThousandImpressions is > 0 and <= 1e6, nameof(Channels), $"'{channel.Name}': CostPerThousandImpressions must be in (0, 1e6]");
            Require(channel.ClickThroughRate is >= 0 and <= 1, nameof(Channels), $"'{channel.Name}': ClickThroughRate must be in [0, 1]");
            Require(channel.ReportedConversionFactor is >= 0 and <= 100, nameof(Channels), $"'{channel.Name}': ReportedConversionFactor must be in [0, 100]");
            Require(Enum.IsDefined(channel.Pattern), nameof(Channels), $"'{channel.Name}': unknown spend pattern {channel.Pattern}");
        }
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Simulator option {option} {problem}.", option);
        }
    }
}
