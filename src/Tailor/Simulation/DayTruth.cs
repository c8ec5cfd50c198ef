namespace Tailor.Simulation;

/// <summary>What drove demand on one day of the period.</summary>
/// <param name="Date">The day (UTC).</param>
/// <param name="Seasonality">
/// Product of the weekly, yearly and holiday multipliers of purchase intensity (about 1 on an
/// ordinary day).
/// </param>
/// <param name="MarketingLift">Sum of the channels' lifts: purchase intensity is multiplied by 1 + this.</param>
/// <param name="ChannelLifts">Lift per channel, in the order of <see cref="SimulationGroundTruth.Channels"/>.</param>
/// <param name="BaselineOrders">
/// Expected orders that day without paid marketing, given who was active: customers' purchases,
/// first orders of new customers and store walk-ins. Email-driven orders are not included.
/// </param>
/// <param name="Holiday">Name of the holiday or shopping event shaping the day, or null.</param>
public sealed record DayTruth(
    DateOnly Date,
    double Seasonality,
    double MarketingLift,
    IReadOnlyList<double> ChannelLifts,
    double BaselineOrders,
    string? Holiday)
{
    /// <summary>Multiplier of every customer's purchase rate on this day: Seasonality * (1 + MarketingLift).</summary>
    public double IntensityMultiplier => Seasonality * (1 + MarketingLift);
}
