namespace Tailor.Operations;

/// <summary>The purchase planner and the fixed cover rule over the same replayed demand.</summary>
/// <param name="Planned">Following the purchase suggestions, re-forecast periodically.</param>
/// <param name="Fixed">Ordering up to a fixed number of days of average demand at each review.</param>
/// <param name="Items">Items replayed.</param>
/// <param name="Days">Days replayed.</param>
/// <param name="TargetServiceLevel">The planner's target cycle service level.</param>
public sealed record InventoryReplayResult(PolicyOutcome Planned, PolicyOutcome Fixed, int Items, int Days, double TargetServiceLevel);
