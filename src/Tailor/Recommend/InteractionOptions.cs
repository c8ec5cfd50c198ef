namespace Tailor.Recommend;

/// <summary>How events and order lines become interaction strengths.</summary>
public sealed record InteractionOptions
{
    /// <summary>Weight of one event per type (view, click, add_to_cart, rating, ...). Types not listed are ignored.</summary>
    public IReadOnlyDictionary<string, float> EventWeights { get; init; } = InteractionDefaults.EventWeights;

    /// <summary>Weight of one purchased order line. Default 4: a purchase says more than a view.</summary>
    public float PurchaseWeight { get; init; } = InteractionDefaults.PurchaseWeight;

    /// <summary>
    /// Whether the quantity of a line or event scales its weight, as 1 + ln(quantity): ten mugs say
    /// more than one, but not ten times more. Default true.
    /// </summary>
    public bool LogQuantity { get; init; } = true;

    /// <summary>
    /// Half-life of an interaction's weight in days, counted back from the reference time; null for no
    /// decay. Default 365.
    /// </summary>
    public double? HalfLifeDays { get; init; } = InteractionDefaults.HalfLifeDays;

    /// <summary>
    /// One interaction per (user, item) with weight 1, whatever happened: the protocol of most
    /// published benchmarks. With a half-life, the weight is the decay of the pair's newest
    /// interaction instead of 1. Default false.
    /// </summary>
    public bool Binary { get; init; }
}

/// <summary>Defaults of <see cref="InteractionOptions"/>.</summary>
public static class InteractionDefaults
{
    public const float PurchaseWeight = 4f;

    public const double HalfLifeDays = 365;

    public static IReadOnlyDictionary<string, float> EventWeights { get; } = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [Data.EventTypes.View] = 1f,
        [Data.EventTypes.Click] = 1.5f,
        [Data.EventTypes.AddToCart] = 2.5f,
        [Data.EventTypes.Rating] = 2f,
        [Data.EventTypes.EmailClick] = 1f,
    };
}
