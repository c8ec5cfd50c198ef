namespace Tailor.Marketing;

/// <summary>What <see cref="ShopResponseCurves"/> fits from a shop's stored data.</summary>
public sealed record ShopCurveRequest
{
    /// <summary>Orders or revenue. Default orders (the less noisy of the two).</summary>
    public MarketingOutcome Outcome { get; init; } = MarketingOutcome.Orders;

    /// <summary>Whether the built-in <see cref="RetailCalendar"/> events enter the baseline. Default true.</summary>
    public bool RetailCalendar { get; init; } = true;

    /// <summary>The shop's own events by day (sales, launches); null for none.</summary>
    public IReadOnlyDictionary<DateOnly, string>? Events { get; init; }

    /// <summary>
    /// Experiments that measured a channel's incremental outcome, to calibrate the whole shop's curves
    /// with besides the shop's stored ones (a test here replaces a stored one of the same channel and
    /// period); null for none. Segment curves do without.
    /// </summary>
    public IReadOnlyList<LiftTest>? LiftTests { get; init; }

    /// <summary>Whether the shop's stored lift tests calibrate the curves. Default true.</summary>
    public bool StoredLiftTests { get; init; } = true;

    /// <summary>Fit options.</summary>
    public ResponseCurveOptions Fit { get; init; } = new();
}
