using Tailor.Data;

namespace Tailor.Customers;

/// <summary>Builds <see cref="CustomerBehaviour"/> from orders and the catalogue.</summary>
public static class CustomerBehaviourBuilder
{
    /// <summary>Channel name given to orders without one.</summary>
    public const string UnknownChannel = "unknown";

    /// <summary>
    /// Behaviour of every customer with a purchase at or before <paramref name="asOf"/>, ordered by
    /// customer id. Orders are purchases on the same terms as <see cref="TransactionSummary.FromOrders(IEnumerable{Order}, DateTimeOffset, TransactionSummaryOptions)"/>
    /// (anonymous orders, cancellations and net returns are left out); days are UTC calendar days.
    /// Categories are the first part of the item's category path ("Home/Candles" counts as "Home").
    /// </summary>
    /// <exception cref="ArgumentException">No purchase at or before <paramref name="asOf"/>.</exception>
    public static IReadOnlyList<CustomerBehaviour> FromOrders(IEnumerable<Order> orders, IEnumerable<Item> items, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(items);
        var catalogue = new Dictionary<string, (string? Category, decimal? Price)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            catalogue[item.ExternalId] = (TopLevel(item.Category), item.Price);
        }

        var asOfDay = DateOnly.FromDateTime(asOf.UtcDateTime).DayNumber;
        var byCustomer = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var order in orders)
        {
            if (order.CustomerId is null || order.Timestamp > asOf)
            {
                continue;
            }

            decimal value = 0;
            var buysSomething = false;
            foreach (var line in order.Lines)
            {
                value += line.Quantity * line.UnitPrice;
                buysSomething |= line.Quantity > 0;
            }

            if (!buysSomething || value < 0)
            {
                continue;
            }

            if (!byCustomer.TryGetValue(order.CustomerId, out var acc))
            {
                acc = new Accumulator();
                byCustomer.Add(order.CustomerId, acc);
            }

            acc.Add(order, DateOnly.FromDateTime(order.Timestamp.UtcDateTime).DayNumber, (double)value, catalogue);
        }

        if (byCustomer.Count == 0)
        {
            throw new ArgumentException($"No customer has a purchase at or before {asOf:O}.", nameof(orders));
        }

        var ids = byCustomer.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var result = new CustomerBehaviour[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            result[i] = byCustomer[ids[i]].ToBehaviour(ids[i], asOfDay);
        }

        return result;
    }

    private static string? TopLevel(string? category)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            return null;
        }

        var slash = category.IndexOf('/', StringComparison.Ordinal);
        return (slash < 0 ? category : category[..slash]).Trim();
    }

    private sealed class Accumulator
    {
        private readonly HashSet<int> _days = [];
        private readonly Dictionary<string, double> _categories = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> _channels = new(StringComparer.Ordinal);
        private double _spend;
        private double _discounted;
        private double _lineSpend;
        private int _orders;

        public void Add(Order order, int day, double value, Dictionary<string, (string? Category, decimal? Price)> catalogue)
        {
            _days.Add(day);
            _spend += value;
            _orders++;
            var channel = string.IsNullOrWhiteSpace(order.Channel) ? UnknownChannel : order.Channel;
            _channels[channel] = _channels.GetValueOrDefault(channel) + 1;
            foreach (var line in order.Lines)
            {
                if (line.Quantity <= 0)
                {
                    continue;
                }

                var lineValue = (double)(line.Quantity * line.UnitPrice);
                _lineSpend += lineValue;
                if (catalogue.TryGetValue(line.ItemId, out var item))
                {
                    if (item.Category is not null)
                    {
                        _categories[item.Category] = _categories.GetValueOrDefault(item.Category) + lineValue;
                    }

                    if (item.Price is { } price && line.UnitPrice < price)
                    {
                        _discounted += lineValue;
                    }
                }
            }
        }

        public CustomerBehaviour ToBehaviour(string id, int asOfDay)
        {
            int first = int.MaxValue, last = int.MinValue;
            foreach (var day in _days)
            {
                first = Math.Min(first, day);
                last = Math.Max(last, day);
            }

            var categories = new Dictionary<string, double>(StringComparer.Ordinal);
            string? top = null;
            var topValue = 0.0;
            foreach (var (category, value) in _categories.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                categories[category] = _lineSpend > 0 ? value / _lineSpend : 0;
                if (value > topValue)
                {
                    top = category;
                    topValue = value;
                }
            }

            var channels = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (channel, count) in _channels)
            {
                channels[channel] = count / _orders;
            }

            return new CustomerBehaviour(
                id,
                asOfDay - last,
                _days.Count,
                _spend,
                asOfDay - first,
                categories,
                channels,
                _lineSpend > 0 ? _discounted / _lineSpend : 0,
                top);
        }
    }
}
