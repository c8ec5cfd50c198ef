using Tailor.Data;

namespace Tailor.Operations;

/// <summary>Turns a shop's own history into replay items, so a rule can be tried on the demand that really came.</summary>
public static class ReplayItems
{
    /// <summary>
    /// Every available product with a unit cost whose daily series covers the last <paramref name="days"/>
    /// days of the history and that sold at least <paramref name="minimumUnits"/> units in them; the demand
    /// is those days, oldest first.
    /// </summary>
    public static IReadOnlyList<ReplayItem> FromHistory(DemandHistory history, IEnumerable<Item> items, int days, double minimumUnits = 1)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(items);
        if (days < 1 || days > history.Days)
        {
            throw new ArgumentException($"The history has {history.Days} days; cannot replay the last {days}.", nameof(days));
        }

        var result = new List<ReplayItem>();
        foreach (Item item in items)
        {
            if (item.Kind != ItemKind.Product || !item.Available || item.Cost is not > 0
                || !history.Items.TryGetValue(item.ExternalId, out DemandSeries? series) || series.Length < days)
            {
                continue;
            }

            double[] demand = [.. series.Values.AsSpan(series.Length - days, days)];
            if (demand.Sum() >= minimumUnits)
            {
                result.Add(new ReplayItem(item.ExternalId, (double)item.Cost.Value, (double?)item.Price, demand));
            }
        }

        return result;
    }
}
