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

    /// <summary>Experiments that measured a channel's incremental outcome, to calibrate the whole shop's curves with; null for none. Segment curves do without.</summary>
    public IReadOnlyList<LiftTest>? LiftTests { get; init; }

    /// <summary>Fit options.</summary>
    public ResponseCurveOptions Fit { get; init; } = new();
}
