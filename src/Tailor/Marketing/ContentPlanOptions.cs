namespace Tailor.Marketing;

/// <summary>Knobs of <see cref="ContentPlanner"/>. Defaults live in <see cref="ContentPlanDefaults"/>.</summary>
public sealed record ContentPlanOptions
{
    /// <summary>Days of activity, ending at the latest event, that engagement is measured over. Range [7, 3650]. Default 90.</summary>
    public int WindowDays { get; init; } = ContentPlanDefaults.WindowDays;

    /// <summary>
    /// Days after reading a piece in a category in which the reader's purchases in that category are
    /// credited to the reading (attribution, not proof of cause). Range [0, 90]. Default 7.
    /// </summary>
    public int AttributionDays { get; init; } = ContentPlanDefaults.AttributionDays;

    /// <summary>
    /// Pseudo-views at the shop-wide revenue per view added to each category's, so that a category
    /// with few views does not top the list on one lucky order. Range [0, 1,000,000]. Default 200.
    /// </summary>
    public double RevenueShrinkage { get; init; } = ContentPlanDefaults.RevenueShrinkage;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (WindowDays is < 7 or > 3650)
        {
            throw new ArgumentException($"{nameof(WindowDays)} must be between 7 and 3650 (was {WindowDays}).", nameof(WindowDays));
        }

        if (AttributionDays is < 0 or > 90)
        {
            throw new ArgumentException($"{nameof(AttributionDays)} must be between 0 and 90 (was {AttributionDays}).", nameof(AttributionDays));
        }

        if (RevenueShrinkage is < 0 or > 1_000_000)
        {
            throw new ArgumentException($"{nameof(RevenueShrinkage)} must be between 0 and 1,000,000 (was {RevenueShrinkage}).", nameof(RevenueShrinkage));
        }
    }
}
