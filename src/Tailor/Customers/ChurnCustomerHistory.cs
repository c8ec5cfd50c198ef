using Tailor.Data;

namespace Tailor.Customers;

/// <summary>One customer's orders, reduced to what the features read; lists are in time order.</summary>
internal sealed class ChurnCustomerHistory
{
    private readonly Dictionary<string, DateTimeOffset> _firstBought = new(StringComparer.Ordinal);

    /// <summary>Purchases: time, value, units and lines.</summary>
    public List<(DateTimeOffset Time, double Value, int Units, int Lines)> Buys { get; } = [];

    /// <summary>Cancellations and returns: time and value given back.</summary>
    public List<(DateTimeOffset Time, double Value)> Returns { get; } = [];

    /// <summary>When each distinct item was first bought, sorted.</summary>
    public List<DateTimeOffset> NewItems { get; } = [];

    /// <summary>Times of web and email events, sorted.</summary>
    public List<DateTimeOffset> Activity { get; } = [];

    /// <summary>Whether most of the customer's orders come from the shop's home country.</summary>
    public bool Domestic { get; private set; }

    private int _orders;
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);

    public void Add(Order order)
    {
        decimal value = 0;
        var units = 0;
        var buys = false;
        foreach (var line in order.Lines)
        {
            value += line.Quantity * line.UnitPrice;
            if (line.Quantity > 0)
            {
                buys = true;
                units += line.Quantity;
                if (!_firstBought.TryGetValue(line.ItemId, out var first) || order.Timestamp < first)
                {
                    _firstBought[line.ItemId] = order.Timestamp;
                }
            }
        }

        if (buys && value >= 0)
        {
            Buys.Add((order.Timestamp, (double)value, units, order.Lines.Count));
        }
        else
        {
            Returns.Add((order.Timestamp, (double)-value));
        }

        _orders++;
        if (order.Country is { } country)
        {
            _countries[country] = _countries.GetValueOrDefault(country) + 1;
        }
    }

    public void Finish(string? home)
    {
        Domestic = home is not null && _countries.GetValueOrDefault(home) * 2 > _orders;
        Buys.Sort((x, y) => x.Time.CompareTo(y.Time));
        Returns.Sort((x, y) => x.Time.CompareTo(y.Time));
        NewItems.AddRange(_firstBought.Values);
        NewItems.Sort();
        _firstBought.Clear();
        _countries.Clear();
    }
}
