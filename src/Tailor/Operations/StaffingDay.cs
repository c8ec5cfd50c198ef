namespace Tailor.Operations;

/// <summary>One day of the staffing plan.</summary>
/// <param name="Date">The day.</param>
/// <param name="Orders">Expected orders (the daily forecast).</param>
/// <param name="WorkHours">Hours of order work.</param>
/// <param name="StaffHours">Staff hours to schedule when orders may wait within the day: the work hours rounded up.</param>
/// <param name="PeakStaff">Most people needed in one hour when orders are handled as they come.</param>
/// <param name="AgentHours">Support desk agent hours: the Erlang C agents of each hour, summed.</param>
public sealed record StaffingDay(DateOnly Date, double Orders, double WorkHours, int StaffHours, int PeakStaff, int AgentHours)
{
    /// <summary>Day of the week.</summary>
    public DayOfWeek DayOfWeek => Date.DayOfWeek;
}
