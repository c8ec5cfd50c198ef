using static System.FormattableString;

namespace Tailor.Operations;

/// <summary>
/// Sizes one item's purchase from its daily demand forecast under periodic review (Silver, Pyke and
/// Thomas 2017, ch. 6): at each review the stock position must cover demand until the order placed at
/// the next review arrives (lead time plus review period). The reorder point is the service-level
/// quantile of that demand; below it the planner orders up to the reorder point plus whatever the EOQ
/// adds beyond one review period's demand. Perishable and seasonal items stock to the newsvendor
/// quantile instead, since a unit left over loses its cost while a unit short loses its margin.
/// </summary>
public static class PurchasePlanner
{
    /// <summary>
    /// The suggestion for <paramref name="item"/> from a daily forecast whose period <paramref name="start"/>
    /// is today; the forecast must cover the lead time plus the review period from there.
    /// </summary>
    public static PurchaseSuggestion Suggest(PurchaseItem item, ForecastResult forecast, PurchaseOptions? options = null, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(forecast);
        options ??= new PurchaseOptions();
        options.Validate();
        if (!double.IsFinite(item.OnHand) || !double.IsFinite(item.OnOrder) || item.OnOrder < 0)
        {
            throw new ArgumentException($"Item '{item.ItemId}': stock on hand and on order must be finite and on order not negative.", nameof(item));
        }

        int days = options.ProtectionDays;
        DemandDistribution demand = DemandDistribution.FromForecast(forecast, days, start);
        double daily = demand.Mean / days;
        double position = item.Position;
        double? unitCost = item.UnitCost is > 0 ? item.UnitCost : null;
        double? eoq = unitCost is { } c
            ? InventoryMath.EconomicOrderQuantity(options.OrderingCost, options.AnnualHoldingRate * c, daily * 365)
            : null;

        PurchaseRule rule;
        int reorderPoint;
        int orderUpTo;
        string reason;
        if (item.Perishable && unitCost is { } cost && item.UnitPrice is { } price && price > cost)
        {
            double underage = price - cost;
            double overage = cost * (1 - options.SalvageShare);
            double ratio = InventoryMath.CriticalRatio(overage, underage);
            rule = PurchaseRule.Newsvendor;
            reorderPoint = demand.Quantile(ratio);
            orderUpTo = reorderPoint;
            reason = Invariant(
                $"perishable or seasonal: stocks to the {ratio * 100:0.#}% quantile of {days} days of demand ({demand.Mean:0.#} units expected), since a unit short loses {underage:0.00} of margin and a unit left over {overage:0.00}");
        }
        else
        {
            rule = PurchaseRule.ReorderPoint;
            reorderPoint = demand.Quantile(options.ServiceLevel);
            double cycle = daily * options.ReviewPeriodDays;
            int extra = eoq is { } q ? (int)Math.Round(Math.Max(0, q - cycle)) : 0;
            orderUpTo = reorderPoint + extra;
            reason = Invariant(
                $"reorder point {reorderPoint}: {days} days of demand ({demand.Mean:0.#} units expected) plus {reorderPoint - demand.Mean:0.#} safety stock for {options.ServiceLevel * 100:0.#}% service")
                + (extra > 0 ? Invariant($"; order-up-to {orderUpTo} adds {extra} because the EOQ ({eoq:0}) exceeds a review period's demand") : "");
        }

        int quantity = position < reorderPoint ? (int)Math.Ceiling(orderUpTo - position - 1e-9) : 0;
        string why = quantity > 0
            ? Invariant($"position {position:0.#} is below the {(rule == PurchaseRule.Newsvendor ? "target" : "reorder point")}; {reason}")
            : demand.Mean == 0
                ? "no demand forecast over the lead time and review period"
                : Invariant($"position {position:0.#} covers it; {reason}");
        return new PurchaseSuggestion(
            item.ItemId,
            item.Title,
            quantity,
            why,
            unitCost is { } u ? quantity * u : null,
            rule,
            item.OnHand,
            position,
            daily,
            demand.Mean,
            reorderPoint - demand.Mean,
            reorderPoint,
            orderUpTo,
            eoq,
            demand.ExceedanceProbability(position),
            demand.ExceedanceProbability(position + quantity));
    }

    /// <summary>
    /// True when the item carries one of the markers as a tag, or as an attribute whose value is true
    /// (JSON true, "true" or "yes").
    /// </summary>
    public static bool IsPerishable(IReadOnlyList<string> tags, string? attributesJson, IReadOnlyList<string> markers)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(markers);
        foreach (string marker in markers)
        {
            foreach (string tag in tags)
            {
                if (string.Equals(tag.Trim(), marker, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        if (string.IsNullOrWhiteSpace(attributesJson))
        {
            return false;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(attributesJson);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return false;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                bool named = markers.Any(m => string.Equals(m, property.Name, StringComparison.OrdinalIgnoreCase));
                bool yes = property.Value.ValueKind == System.Text.Json.JsonValueKind.True
                    || (property.Value.ValueKind == System.Text.Json.JsonValueKind.String
                        && property.Value.GetString() is "true" or "yes" or "True" or "Yes");
                if (named && yes)
                {
                    return true;
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Attributes that are not JSON carry no marker.
        }

        return false;
    }
}
