namespace Tailor.Operations;

/// <summary>Default values of <see cref="StaffingPlanOptions"/>.</summary>
public static class StaffingPlanDefaults
{
    /// <summary>Default minutes of work per order (picking, packing, handing over).</summary>
    public const double MinutesPerOrder = 6;

    /// <summary>Default days planned: one week.</summary>
    public const int Days = 7;

    /// <summary>Default weeks of history the hour-of-week shape is read from.</summary>
    public const int ProfileWeeks = 8;

    /// <summary>Default support contacts (calls, chats, emails) per order.</summary>
    public const double ContactsPerOrder = 0.1;

    /// <summary>Default average handling time of a support contact in seconds.</summary>
    public const double HandlingTimeSeconds = 300;
}
