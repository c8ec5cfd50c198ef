using Tailor.Data;

namespace Tailor.Operations;

/// <summary>Makes a shop's purchase list: forecasts every stocked product and asks <see cref="PurchasePlanner"/> what to order.</summary>
public static class PurchaseListBuilder
{
    /// <summary>
    /// Reviews every available product whose stock is recorded. Stock on order is taken as none (the
    /// store does not record open purchase orders). <paramref name="forecaster"/> defaults to
    /// <see cref="DemandForecaster"/>; <paramref name="progress"/> receives the items done so far.
    /// </summary>
    public static PurchaseList Build(
        DemandHistory history,
        IEnumerable<Item> items,
        PurchaseOptions? options = null,
        IForecaster? forecaster = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(items);
        options ??= new PurchaseOptions();
        options.Validate();
        forecaster ??= new DemandForecaster();
        var planned = new List<(Item Item, DemandSeries Series)>();
        int withoutStock = 0;
        foreach (Item item in items)
        {
            if (item.Kind != ItemKind.Product || !item.Available)
            {
                continue;
            }

            if (item.Stock is null)
            {
                withoutStock++;
                continue;
            }

            if (history.Items.TryGetValue(item.ExternalId, out DemandSeries? series) && series.Length > 0)
            {
                planned.Add((item, series));
            }
        }

        var suggestions = new PurchaseSuggestion[planned.Count];
        int done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, planned.Count, parallel, i =>
        {
            (Item item, DemandSeries series) = planned[i];
            DemandForecast forecast = DemandForecast.Fit(series, forecaster, options.ProtectionDays, cancellationToken: cancellationToken);
            var state = new PurchaseItem(
                item.ExternalId,
                item.Title,
                (double?)item.Cost,
                (double?)item.Price,
                Math.Max(0, item.Stock!.Value),
                0,
                PurchasePlanner.IsPerishable(item.Tags, item.Attributes, options.PerishableMarkers));
            suggestions[i] = PurchasePlanner.Suggest(state, forecast.Result, options);
            progress?.Report(Interlocked.Increment(ref done));
        });

        var ordered = suggestions
            .OrderByDescending(s => s.Quantity > 0)
            .ThenByDescending(s => s.Cost ?? 0)
            .ThenByDescending(s => s.RiskBefore)
            .ThenBy(s => s.ItemId, StringComparer.Ordinal)
            .ToList();
        return new PurchaseList(history.End, ordered, withoutStock);
    }
}
