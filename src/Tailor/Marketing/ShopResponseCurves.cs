using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>Fits a shop's response curves straight from the store, in the shop's time zone.</summary>
public static class ShopResponseCurves
{
    /// <summary>Fits the shop's curves.</summary>
    /// <param name="store">The store.</param>
    /// <param name="shopId">The shop.</param>
    /// <param name="request">Outcome, events and fit options.</param>
    /// <param name="cancellationToken">Stops a long fit.</param>
    /// <exception cref="ArgumentException">
    /// The shop does not exist, has an unknown time zone, no spend or no orders, too short a history,
    /// or an option is out of range.
    /// </exception>
    public static ResponseCurveModel Fit(ITailorStore store, string shopId, ShopCurveRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (orders, spend, zone) = Read(store, shopId, cancellationToken);
        var history = MarketingHistoryBuilder.FromRecords(orders, spend, request.Outcome, zone);
        var events = MarketingEvents.Between(history.Start, history.Start.AddDays(history.Days - 1), request.RetailCalendar, request.Events);
        var stored = request.StoredLiftTests ? store.ReadLiftTests(shopId, cancellationToken) : [];
        var (tests, skipped) = LiftTests(history, stored, request.LiftTests ?? []);
        var model = ResponseCurveFitter.Fit(MarketingHistoryBuilder.FromRecords(orders, spend, request.Outcome, zone, events, tests), request.Fit, cancellationToken);
        return model.WithWarnings(skipped);
    }

    /// <summary>
    /// The request's tests and the stored ones it does not replace. A stored test that no longer fits the
    /// history (its channel has no spend rows, or it lies outside the fitted days) is left out with a
    /// warning rather than failing every fit; the request's are checked by the history and fail loudly.
    /// </summary>
    private static (List<LiftTest> Tests, List<string> Skipped) LiftTests(MarketingHistory history, IReadOnlyList<LiftTest> stored, IReadOnlyList<LiftTest> requested)
    {
        var tests = requested.ToList();
        var skipped = new List<string>();
        foreach (var test in stored.Where(s => !requested.Any(r => r.Channel == s.Channel && r.Start == s.Start && r.End == s.End)))
        {
            if (history.LiftTestProblem(test) is { } problem)
            {
                skipped.Add($"A stored lift test was left out: {problem}");
            }
            else
            {
                tests.Add(test);
            }
        }

        return (tests, skipped);
    }

    /// <summary>Fits curves per segment of the shop's orders (see <see cref="SegmentCurveFitter"/>).</summary>
    /// <param name="store">The store.</param>
    /// <param name="shopId">The shop.</param>
    /// <param name="by">How to split the orders.</param>
    /// <param name="request">Outcome, events and fit options.</param>
    /// <param name="cancellationToken">Stops a long fit.</param>
    /// <exception cref="ArgumentException">As <see cref="Fit(ITailorStore, string, ShopCurveRequest, CancellationToken)"/>.</exception>
    public static IReadOnlyList<SegmentCurves> FitSegments(
        ITailorStore store, string shopId, SegmentBy by, ShopCurveRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (orders, spend, zone) = Read(store, shopId, cancellationToken);
        var history = MarketingHistoryBuilder.FromRecords(orders, spend, MarketingOutcome.Orders, zone);
        var events = MarketingEvents.Between(history.Start, history.Start.AddDays(history.Days - 1), request.RetailCalendar, request.Events);
        return SegmentCurveFitter.Fit(orders, spend, by, request.Outcome, request.Fit, zone, events, cancellationToken: cancellationToken);
    }

    /// <summary>The shop's gross margin from its catalogue costs, or null when no sold item has a cost.</summary>
    public static double? Margin(ITailorStore store, string shopId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return GrossMargin.FromOrders(store.ReadOrders(shopId, cancellationToken), store.ReadItems(shopId, cancellationToken));
    }

    private static (List<Order> Orders, List<Spend> Spend, TimeZoneInfo Zone) Read(ITailorStore store, string shopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var shop = store.FindShop(shopId) ?? throw new ArgumentException($"Shop '{shopId}' does not exist.", nameof(shopId));
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(shop.TimeZone, out var zone))
        {
            throw new ArgumentException($"Shop '{shopId}' has the unknown time zone '{shop.TimeZone}'.", nameof(shopId));
        }

        return (store.ReadOrders(shopId, cancellationToken).ToList(), store.ReadSpend(shopId, cancellationToken).ToList(), zone);
    }
}
