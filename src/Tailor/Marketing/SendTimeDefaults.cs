namespace Tailor.Marketing;

/// <summary>Defaults of <see cref="SendTimeOptions"/>.</summary>
public static class SendTimeDefaults
{
    /// <summary>Default grid: chosen from the data.</summary>
    public const SendTimeGrid Grid = SendTimeGrid.Auto;

    /// <summary>Default earliest hour a send may go out (local time).</summary>
    public const int FirstHour = 6;

    /// <summary>Default latest hour a send may go out (local time).</summary>
    public const int LastHour = 22;

    /// <summary>Default share of a response that counts for each neighbouring hour.</summary>
    public const double NeighbourWeight = 0.25;

    /// <summary>Default fewest sends a segment needs for a prior of its own.</summary>
    public const int MinimumSegmentSends = 300;

    /// <summary>Default pseudo-sends at the global rate added to each segment's hourly rates.</summary>
    public const double SegmentShrinkage = 30;

    /// <summary>Default fewest sends in every allowed hour-of-week slot for the hour-of-week grid.</summary>
    public const int MinimumSlotSends = 100;

    /// <summary>Default fewest distinct days with sends in every allowed hour-of-week slot for the hour-of-week grid.</summary>
    public const int MinimumSlotDays = 8;

    /// <summary>Default random seed of Thompson sampling.</summary>
    public const int Seed = 42;

    /// <summary>Default for whether customers without marketing consent are left out.</summary>
    public const bool RequireMarketingConsent = true;
}
