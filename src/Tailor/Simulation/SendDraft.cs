namespace Tailor.Simulation;

/// <summary>One email copy as simulated; times are days since the start of the period.</summary>
internal sealed class SendDraft
{
    public required int Campaign { get; init; }

    public required int Customer { get; init; }

    /// <summary>Variant index within the campaign.</summary>
    public required int Variant { get; init; }

    public required double SentAt { get; init; }

    public double OpenedAt { get; set; } = double.NaN;

    public double ClickedAt { get; set; } = double.NaN;

    public int ClickedItem { get; set; } = -1;

    public bool Converted { get; set; }

    public bool Unsubscribed { get; set; }

    /// <summary>The order the click led to, once generated.</summary>
    public OrderDraft? Order { get; set; }

    public bool Opened => !double.IsNaN(OpenedAt);

    public bool Clicked => !double.IsNaN(ClickedAt);
}
