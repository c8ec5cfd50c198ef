using Tailor.Data;

namespace Tailor.Recommend;

/// <summary>What the caller wants: how many, which items qualify, and how to shape the list.</summary>
public sealed record RecommendationRequest
{
    /// <summary>How many items to return; 1 to 200. Default 10.</summary>
    public int Count { get; init; } = 10;

    /// <summary>Only items in this category or below it ("Home" matches "Home/Candles").</summary>
    public string? Category { get; init; }

    /// <summary>Only items priced at least this.</summary>
    public decimal? MinPrice { get; init; }

    /// <summary>Only items priced at most this.</summary>
    public decimal? MaxPrice { get; init; }

    /// <summary>Only products or only content.</summary>
    public ItemKind? Kind { get; init; }

    /// <summary>Leave out what the customer already bought. Default true.</summary>
    public bool ExcludePurchased { get; init; } = true;

    /// <summary>Top-level categories whose items may be recommended again after a purchase (consumables: coffee, candles).</summary>
    public IReadOnlySet<string> RepeatPurchaseCategories { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Leave out everything in the history, viewed items too. Default false.</summary>
    public bool ExcludeSeen { get; init; }

    /// <summary>Allow items whose stock is 0. Default false.</summary>
    public bool IncludeOutOfStock { get; init; }

    /// <summary>Multiplies a score by 1 + this x margin share ((price - cost) / price). 0 to 2. Default 0.</summary>
    public double MarginBoost { get; init; }

    /// <summary>Multiplies the score of an item created within <see cref="NewItemDays"/> by 1 + this. Default 0.</summary>
    public double NewItemBoost { get; init; }

    /// <summary>How new counts as new, in days. Default 30.</summary>
    public int NewItemDays { get; init; } = 30;

    /// <summary>
    /// Maximal marginal relevance trade-off: 1 ranks by score alone; lower values trade score for
    /// variety (0.7 is a common choice). 0 to 1. Default 1.
    /// </summary>
    public double Diversity { get; init; } = 1;

    /// <summary>At most this many items from one top-level category, or null for no cap.</summary>
    public int? MaxPerCategory { get; init; }

    /// <summary>"Now", for new-item boosts; default the time of the call.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Checks the request; throws <see cref="ArgumentException"/> naming the bad field.</summary>
    public void Validate()
    {
        if (Count is < 1 or > 200)
        {
            throw new ArgumentException($"n must be between 1 and 200, not {Count}.", nameof(Count));
        }

        if (MinPrice > MaxPrice)
        {
            throw new ArgumentException($"The minimum price {MinPrice} is above the maximum {MaxPrice}.", nameof(MinPrice));
        }

        if (Diversity is < 0 or > 1 || double.IsNaN(Diversity))
        {
            throw new ArgumentException($"Diversity must be between 0 and 1, not {Diversity}.", nameof(Diversity));
        }

        if (MarginBoost < 0 || NewItemBoost < 0 || NewItemDays < 0)
        {
            throw new ArgumentException("Boosts and the new-item window must not be negative.", nameof(MarginBoost));
        }

        if (MaxPerCategory < 1)
        {
            throw new ArgumentException($"The per-category cap must be at least 1, not {MaxPerCategory}.", nameof(MaxPerCategory));
        }
    }
}
