namespace Tailor.Operations;

/// <summary>One hour of the staffing plan, local time.</summary>
/// <param name="Date">The day.</param>
/// <param name="Hour">Hour of the day, 0 to 23.</param>
/// <param name="Orders">Expected orders placed in the hour.</param>
/// <param name="WorkHours">Orders x minutes per order / 60.</param>
/// <param name="Staff">People needed to handle the orders as they come: the work rounded up to whole people.</param>
/// <param name="Contacts">Expected support contacts: orders x contacts per order.</param>
/// <param name="Agents">Erlang C agents that meet the desk's service target for those contacts.</param>
/// <param name="ServiceLevel">Share of contacts those agents answer within the target time.</param>
public sealed record StaffingHour(DateOnly Date, int Hour, double Orders, double WorkHours, int Staff, double Contacts, int Agents, double ServiceLevel)
{
    /// <summary>Day of the week.</summary>
    public DayOfWeek DayOfWeek => Date.DayOfWeek;
}
