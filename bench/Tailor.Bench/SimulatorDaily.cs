using Tailor.Data;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>
/// Daily quantity per product and per category of a simulated shop: every day of the simulated period,
/// cancellations netted on the day they happen, a day that nets below zero counted as zero.
/// </summary>
internal static class SimulatorDaily
{
    public static (List<NamedSeries> Items, List<NamedSeries> Categories) Build(SimulatedShop shop, DateOnly start, int days)
    {
        var products = shop.Items.Where(i => i.Kind == ItemKind.Product).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < products.Count; i++)
        {
            index[products[i].ExternalId] = i;
        }

        var quantity = new double[products.Count][];
        for (var i = 0; i < quantity.Length; i++)
        {
            quantity[i] = new double[days];
        }

        foreach (var order in shop.Orders)
        {
            var day = DateOnly.FromDateTime(order.Timestamp.UtcDateTime).DayNumber - start.DayNumber;
            if (day < 0 || day >= days)
            {
                continue;
            }

            foreach (var line in order.Lines)
            {
                if (index.TryGetValue(line.ItemId, out var i))
                {
                    quantity[i][day] += line.Quantity;
                }
            }
        }

        var categories = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        var items = new List<NamedSeries>(products.Count);
        for (var i = 0; i < products.Count; i++)
        {
            var category = products[i].Category ?? "(none)";
            if (!categories.TryGetValue(category, out var total))
            {
                categories[category] = total = new double[days];
            }

            for (var t = 0; t < days; t++)
            {
                total[t] += quantity[i][t];
                quantity[i][t] = Math.Max(quantity[i][t], 0);
            }

            items.Add(new NamedSeries(products[i].ExternalId, quantity[i]));
        }

        foreach (var total in categories.Values)
        {
            for (var t = 0; t < days; t++)
            {
                total[t] = Math.Max(total[t], 0);
            }
        }

        return (items, [.. categories.Select(c => new NamedSeries(c.Key, c.Value))]);
    }
}
