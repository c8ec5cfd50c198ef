namespace Tailor.Marketing;

/// <summary>Defaults of <see cref="ContentPlanOptions"/>.</summary>
public static class ContentPlanDefaults
{
    /// <summary>Default days of activity, up to the latest event, that engagement is measured over.</summary>
    public const int WindowDays = 90;

    /// <summary>Default days after reading in which a purchase in the same category is credited to the reading.</summary>
    public const int AttributionDays = 7;

    /// <summary>Default pseudo-views at the shop's revenue per view added to each category's.</summary>
    public const double RevenueShrinkage = 200;
}
