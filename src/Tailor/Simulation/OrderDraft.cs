namespace Tailor.Simulation;

/// <summary>An order before its id is known. Lines hold item indices; quantities are negative for cancellations.</summary>
internal sealed class OrderDraft
{
    public required double Time { get; init; }

    public required int Sequence { get; init; }

    /// <summary>Customer index, or -1 for a store walk-in.</summary>
    public required int Customer { get; init; }

    public required string Channel { get; init; }

    public required string? Country { get; init; }

    public List<(int Item, int Quantity, decimal UnitPrice)> Lines { get; } = [];

    /// <summary>The order this one cancels, or null.</summary>
    public OrderDraft? Cancels { get; init; }

    /// <summary>The email send that led to it, or null.</summary>
    public SendDraft? Send { get; init; }

    /// <summary>External id, set once all orders are sorted.</summary>
    public string Id { get; set; } = "";

    public decimal Value
    {
        get
        {
            var value = 0m;
            foreach (var line in Lines)
            {
                value += line.Quantity * line.UnitPrice;
            }

            return value;
        }
    }
}
