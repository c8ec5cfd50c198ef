using Tailor.Customers;

namespace Tailor.Marketing;

/// <summary>Knobs of <see cref="SendTimePlanner"/>. Defaults live in <see cref="SendTimeDefaults"/>.</summary>
public sealed record SendTimeOptions
{
    /// <summary>Hour of the day or of the week, or chosen from the data. Default <see cref="SendTimeGrid.Auto"/>.</summary>
    public SendTimeGrid Grid { get; init; } = SendTimeDefaults.Grid;

    /// <summary>The response that makes a slot good. Default <see cref="ResponsePropensityOutcome.Open"/>, the most frequent.</summary>
    public ResponsePropensityOutcome Outcome { get; init; } = ResponsePropensityOutcome.Open;

    /// <summary>Time zone of the hours, as the shop's clock reads them. Default UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Earliest hour (local) a send may go out. Range [0, 23]. Default 6.</summary>
    public int FirstHour { get; init; } = SendTimeDefaults.FirstHour;

    /// <summary>Latest hour (local) a send may go out, at least <see cref="FirstHour"/>. Range [0, 23]. Default 22.</summary>
    public int LastHour { get; init; } = SendTimeDefaults.LastHour;

    /// <summary>
    /// Share of each response (and send) that counts for each of the two neighbouring hours; the hour
    /// itself keeps the rest. A customer has a few dozen sends spread over many hours; people who
    /// open at 19:00 also open at 20:00. Range [0, 0.33]. Default 0.25; 0 turns it off.
    /// </summary>
    public double NeighbourWeight { get; init; } = SendTimeDefaults.NeighbourWeight;

    /// <summary>Segments with fewer sends use the global prior. Range [0, 10,000,000]. Default 300.</summary>
    public int MinimumSegmentSends { get; init; } = SendTimeDefaults.MinimumSegmentSends;

    /// <summary>Pseudo-sends at the global rate added to a segment's rate at each slot. Range [0, 100,000]. Default 30.</summary>
    public double SegmentShrinkage { get; init; } = SendTimeDefaults.SegmentShrinkage;

    /// <summary>With <see cref="SendTimeGrid.Auto"/>, every allowed hour-of-week slot needs this many sends for the hour-of-week grid. Range [1, 1,000,000]. Default 100.</summary>
    public int MinimumSlotSends { get; init; } = SendTimeDefaults.MinimumSlotSends;

    /// <summary>
    /// With <see cref="SendTimeGrid.Auto"/>, every allowed hour-of-week slot also needs sends on this many
    /// distinct days, so its effect is not one campaign's. Range [1, 10,000]. Default 8.
    /// </summary>
    public int MinimumSlotDays { get; init; } = SendTimeDefaults.MinimumSlotDays;

    /// <summary>
    /// Whether recommendations are Thompson draws (true: customers keep being explored) or the slot of
    /// highest posterior mean (false). Default true.
    /// </summary>
    public bool Explore { get; init; } = true;

    /// <summary>Random seed; each customer's draw depends only on it and the customer id. Any value. Default 42.</summary>
    public int Seed { get; init; } = SendTimeDefaults.Seed;

    /// <summary>Whether customers without marketing consent are left out. Default true.</summary>
    public bool RequireMarketingConsent { get; init; } = SendTimeDefaults.RequireMarketingConsent;

    /// <summary>How fatigue and the frequency cap are measured.</summary>
    public FatigueOptions Fatigue { get; init; } = new();

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(Enum.IsDefined(Grid), nameof(Grid), $"must be auto, hourOfDay or hourOfWeek (was {Grid})");
        Require(Enum.IsDefined(Outcome), nameof(Outcome), $"must be open, click or conversion (was {Outcome})");
        Require(TimeZone is not null, nameof(TimeZone), "must not be null");
        Require(FirstHour is >= 0 and <= 23, nameof(FirstHour), $"must be between 0 and 23 (was {FirstHour})");
        Require(LastHour is >= 0 and <= 23 && LastHour >= FirstHour, nameof(LastHour), $"must be between {FirstHour} and 23 (was {LastHour})");
        Require(NeighbourWeight is >= 0 and <= 0.33, nameof(NeighbourWeight), $"must be between 0 and 0.33 (was {NeighbourWeight})");
        Require(MinimumSegmentSends is >= 0 and <= 10_000_000, nameof(MinimumSegmentSends), $"must be between 0 and 10,000,000 (was {MinimumSegmentSends})");
        Require(SegmentShrinkage is >= 0 and <= 100_000, nameof(SegmentShrinkage), $"must be between 0 and 100,000 (was {SegmentShrinkage})");
        Require(MinimumSlotSends is >= 1 and <= 1_000_000, nameof(MinimumSlotSends), $"must be between 1 and 1,000,000 (was {MinimumSlotSends})");
        Require(MinimumSlotDays is >= 1 and <= 10_000, nameof(MinimumSlotDays), $"must be between 1 and 10,000 (was {MinimumSlotDays})");
        Require(Fatigue is not null, nameof(Fatigue), "must not be null");
        Fatigue!.Validate();
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name} {message}.", name);
        }
    }
}
