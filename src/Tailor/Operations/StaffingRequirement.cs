namespace Tailor.Operations;

/// <summary>Agents needed for one interval's workload and the service they give.</summary>
/// <param name="Agents">Agents answering contacts.</param>
/// <param name="TrafficErlangs">Offered workload: arrivals per second x handling time in seconds.</param>
/// <param name="ProbabilityOfWaiting">Erlang C: the share of contacts that wait at all.</param>
/// <param name="ServiceLevel">Share answered within the target time.</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait over all contacts, in seconds.</param>
/// <param name="Occupancy">Share of agent time spent handling contacts.</param>
/// <param name="ScheduledStaff">Agents / (1 - shrinkage), rounded up: people to put on the rota.</param>
public sealed record StaffingRequirement(
    int Agents,
    double TrafficErlangs,
    double ProbabilityOfWaiting,
    double ServiceLevel,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy,
    int ScheduledStaff);
