using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>A customer as the simulation sees it. Times are days since the start of the period.</summary>
internal sealed class CustomerState
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    /// <summary>When the customer was created; negative for the initial base.</summary>
    public required double CreatedAt { get; init; }

    public bool PresentAtStart => CreatedAt < 0;

    /// <summary>When the customer's purchase process starts: the period start or the creation time.</summary>
    public double ActiveFrom => Math.Max(0, CreatedAt);

    public required double Lambda { get; init; }

    public required double DropoutProbability { get; init; }

    public required double[] Taste { get; init; }

    public required int[] Favourites { get; init; }

    public required int PreferredHour { get; init; }

    public required string PreferredChannel { get; init; }

    public required bool StoreShopper { get; init; }

    public required string Country { get; init; }

    public required string Region { get; init; }

    public required Consent Consent { get; init; }

    public required string Source { get; init; }

    public required string AgeBand { get; init; }

    /// <summary>When the customer became inactive; positive infinity while active.</summary>
    public double DropoutAt { get; set; } = double.PositiveInfinity;

    /// <summary>When the customer unsubscribed from email; positive infinity if never.</summary>
    public double UnsubscribedAt { get; set; } = double.PositiveInfinity;

    public List<PurchaseSlot> Purchases { get; } = [];

    /// <summary>Start times of visits that end without a purchase.</summary>
    public List<double> Browses { get; } = [];

    public bool IsFavourite(int category) => Array.IndexOf(Favourites, category) >= 0;
}
