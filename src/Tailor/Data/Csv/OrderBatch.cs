namespace Tailor.Data.Csv;

/// <summary>
/// Gathers order lines, which arrive one row each, into orders. Line numbers and the order's own
/// fields are remembered across batches, so an order whose rows are far apart in the file still
/// gets consistent lines and a re-import lands on the same (order, line) keys.
/// </summary>
internal sealed class OrderBatch
{
    private readonly Dictionary<string, OrderHead> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OrderLine>> _pendingLines = new(StringComparer.Ordinal);
    private readonly List<string> _pendingOrder = [];

    public int PendingLines { get; private set; }

    /// <summary>
    /// Why this row cannot belong to the order, or null. An order has one customer; its first row
    /// fixes it.
    /// </summary>
    public string? Conflict(string orderId, string? customerId, int? explicitLine)
    {
        if (!_seen.TryGetValue(orderId, out var head))
        {
            return null;
        }

        if (!string.Equals(head.CustomerId, customerId, StringComparison.Ordinal))
        {
            return $"order '{orderId}' already belongs to {(head.CustomerId is null ? "no customer" : $"customer '{head.CustomerId}'")} " +
                $"(line {head.FirstLine})";
        }

        return explicitLine is { } line && head.ExplicitLines?.Contains(line) == true
            ? $"order '{orderId}' already has a line {line}"
            : null;
    }

    /// <summary>Keeps a validated line; call <see cref="Conflict"/> first.</summary>
    public void Add(long fileLine, string orderId, string? customerId, DateTimeOffset timestamp, string? channel,
        string? country, string itemId, int quantity, decimal unitPrice, int? explicitLine)
    {
        if (!_seen.TryGetValue(orderId, out var head))
        {
            head = new OrderHead(customerId, timestamp, channel, country, fileLine);
            _seen[orderId] = head;
        }

        int lineNumber;
        if (explicitLine is { } line)
        {
            (head.ExplicitLines ??= []).Add(line);
            lineNumber = line;
        }
        else
        {
            lineNumber = ++head.LastLine;
        }

        if (!_pendingLines.TryGetValue(orderId, out var lines))
        {
            lines = [];
            _pendingLines[orderId] = lines;
            _pendingOrder.Add(orderId);
        }

        lines.Add(new OrderLine(lineNumber, itemId, quantity, unitPrice));
        PendingLines++;
    }

    public void Flush(IImportSession session)
    {
        var orders = new List<Order>(_pendingOrder.Count);
        foreach (var orderId in _pendingOrder)
        {
            var head = _seen[orderId];
            orders.Add(new Order(orderId, head.CustomerId, head.Timestamp, head.Channel, head.Country, _pendingLines[orderId]));
        }

        session.UpsertOrders(orders);
        _pendingLines.Clear();
        _pendingOrder.Clear();
        PendingLines = 0;
    }

    private sealed class OrderHead(string? customerId, DateTimeOffset timestamp, string? channel, string? country, long firstLine)
    {
        public string? CustomerId { get; } = customerId;

        public DateTimeOffset Timestamp { get; } = timestamp;

        public string? Channel { get; } = channel;

        public string? Country { get; } = country;

        public long FirstLine { get; } = firstLine;

        public int LastLine { get; set; }

        public HashSet<int>? ExplicitLines { get; set; }
    }
}
