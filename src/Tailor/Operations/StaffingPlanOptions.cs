namespace Tailor.Operations;

/// <summary>Knobs of <see cref="StaffingPlanner.Plan"/>. Defaults live in <see cref="StaffingPlanDefaults"/>.</summary>
public sealed record StaffingPlanOptions
{
    /// <summary>Minutes of work per order. Range (0, 1440]. Default 6.</summary>
    public double MinutesPerOrder { get; init; } = StaffingPlanDefaults.MinutesPerOrder;

    /// <summary>Days planned from the day after the history. Range [1, 366]. Default 7.</summary>
    public int Days { get; init; } = StaffingPlanDefaults.Days;

    /// <summary>Weeks of history the share of each hour in its weekday is read from. Range [1, 520]. Default 8.</summary>
    public int ProfileWeeks { get; init; } = StaffingPlanDefaults.ProfileWeeks;

    /// <summary>Support contacts per order, for the support desk. Range [0, 1000]. Default 0.1.</summary>
    public double ContactsPerOrder { get; init; } = StaffingPlanDefaults.ContactsPerOrder;

    /// <summary>Average handling time of a support contact in seconds. Range (0, 86400]. Default 300.</summary>
    public double HandlingTimeSeconds { get; init; } = StaffingPlanDefaults.HandlingTimeSeconds;

    /// <summary>The support desk's service target for Erlang C. Default 80% answered within 20 s, occupancy at most 85%.</summary>
    public StaffingOptions Desk { get; init; } = new();

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(MinutesPerOrder is > 0 and <= 1440, nameof(MinutesPerOrder), $"must be in (0, 1440] minutes (was {MinutesPerOrder})");
        Require(Days is >= 1 and <= 366, nameof(Days), $"must be between 1 and 366 (was {Days})");
        Require(ProfileWeeks is >= 1 and <= 520, nameof(ProfileWeeks), $"must be between 1 and 520 (was {ProfileWeeks})");
        Require(ContactsPerOrder is >= 0 and <= 1000, nameof(ContactsPerOrder), $"must be between 0 and 1000 (was {ContactsPerOrder})");
        Require(HandlingTimeSeconds is > 0 and <= 86_400, nameof(HandlingTimeSeconds), $"must be in (0, 86400] seconds (was {HandlingTimeSeconds})");
        ArgumentNullException.ThrowIfNull(Desk);
        Desk.Validate();
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Staffing option {option} {problem}.", option);
        }
    }
}
