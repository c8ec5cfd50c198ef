using System.Collections.Immutable;
using System.Globalization;
using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>Collects events in generation order and turns them into sorted, keyed <see cref="ShopEvent"/> records.</summary>
internal sealed class EventLog(int days)
{
    public const byte View = 0;
    public const byte Click = 1;
    public const byte AddToCart = 2;
    public const byte Purchase = 3;
    public const byte Rating = 4;
    public const byte EmailOpen = 5;
    public const byte EmailClick = 6;

    public const byte Web = 0;
    public const byte Email = 1;
    public const byte Store = 2;
    public const byte Phone = 3;

    private readonly List<EventDraft> _events = new(1 << 16);
    private readonly long _endSeconds = SimulationClock.Seconds(days);
    private readonly List<string> _sessions = [];

    public static ImmutableArray<string> Types { get; } =
    [
        EventTypes.View, EventTypes.Click, EventTypes.AddToCart, EventTypes.Purchase, EventTypes.Rating,
        EventTypes.EmailOpen, EventTypes.EmailClick,
    ];

    public static ImmutableArray<string> Channels { get; } = ["web", "email", "store", "phone"];

    public int Count => _events.Count;

    /// <summary>Opens a new visit and returns its index; ids follow the order visits are generated in.</summary>
    public int NewSession()
    {
        _sessions.Add("S" + (_sessions.Count + 1).ToString("D7", CultureInfo.InvariantCulture));
        return _sessions.Count - 1;
    }

    /// <summary>Records an event; one falling after the period is not observed and is dropped.</summary>
    public void Add(double time, int customer, int session, int item, byte type, byte channel, int quantity = 0, double value = double.NaN)
    {
        var seconds = SimulationClock.Seconds(time);
        if (seconds < _endSeconds)
        {
            _events.Add(new EventDraft(seconds, customer, session, item, type, channel, quantity, value));
        }
    }

    public ShopEvent[] Build(
        SimulationClock clock, string shopId, CustomerState[] customers, CatalogueItem[] items, CancellationToken cancellationToken)
    {
        // Time first, generation order second: stable, and independent of any hash order.
        var keys = new long[_events.Count];
        var order = new int[_events.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (_events[i].Seconds << 32) | (uint)i;
            order[i] = i;
        }

        Array.Sort(keys, order);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new ShopEvent[order.Length];
        var prefix = shopId + "-E";
        var width = Math.Max(7, order.Length.ToString(CultureInfo.InvariantCulture).Length);
        var format = "D" + width.ToString(CultureInfo.InvariantCulture);
        for (var rank = 0; rank < order.Length; rank++)
        {
            var e = _events[order[rank]];
            result[rank] = new ShopEvent(
                e.Customer >= 0 ? customers[e.Customer].Id : null,
                e.Session >= 0 ? _sessions[e.Session] : null,
                e.Item >= 0 ? items[e.Item].Id : null,
                Types[e.Type],
                double.IsNaN(e.Value) ? null : e.Value,
                e.Quantity != 0 ? e.Quantity : null,
                Channels[e.Channel],
                clock.FromSeconds(e.Seconds),
                prefix + (rank + 1).ToString(format, CultureInfo.InvariantCulture));
        }

        return result;
    }
}
