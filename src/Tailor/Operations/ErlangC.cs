namespace Tailor.Operations;

/// <summary>
/// The Erlang C (M/M/N) queue for support desks and call centres: Poisson arrivals, exponential handling
/// times, N agents, callers wait and never give up. The probability of waiting comes from the Erlang B
/// recursion B(k) = A B(k-1) / (k + A B(k-1)), which stays accurate where the textbook formula's
/// factorials and powers overflow (hundreds of agents).
/// </summary>
public static class ErlangC
{
    /// <summary>Offered traffic in Erlangs: contacts per hour x handling seconds / 3600.</summary>
    public static double TrafficErlangs(double contactsPerHour, double averageHandlingTimeSeconds)
    {
        Require(contactsPerHour >= 0 && double.IsFinite(contactsPerHour), nameof(contactsPerHour), $"must be at least 0 (was {contactsPerHour})");
        Require(averageHandlingTimeSeconds > 0 && double.IsFinite(averageHandlingTimeSeconds), nameof(averageHandlingTimeSeconds),
            $"must be above 0 seconds (was {averageHandlingTimeSeconds})");
        return contactsPerHour * averageHandlingTimeSeconds / 3600;
    }

    /// <summary>Erlang C: the probability that a contact waits. 1 when the agents cannot keep up (agents &lt;= traffic).</summary>
    public static double ProbabilityOfWaiting(int agents, double trafficErlangs)
    {
        Require(agents >= 1, nameof(agents), $"must be at least 1 (was {agents})");
        Require(trafficErlangs >= 0 && double.IsFinite(trafficErlangs), nameof(trafficErlangs), $"must be at least 0 (was {trafficErlangs})");
        if (trafficErlangs == 0)
        {
            return 0;
        }

        if (agents <= trafficErlangs)
        {
            return 1;
        }

        double b = 1;
        for (int k = 1; k <= agents; k++)
        {
            b = trafficErlangs * b / (k + (trafficErlangs * b));
        }

        return FromErlangB(agents, trafficErlangs, b);
    }

    /// <summary>Share of contacts answered within <paramref name="targetAnswerSeconds"/>: 1 - C exp(-(N - A) t / AHT).</summary>
    public static double ServiceLevel(int agents, double trafficErlangs, double averageHandlingTimeSeconds, double targetAnswerSeconds)
    {
        Require(averageHandlingTimeSeconds > 0, nameof(averageHandlingTimeSeconds), $"must be above 0 seconds (was {averageHandlingTimeSeconds})");
        Require(targetAnswerSeconds >= 0, nameof(targetAnswerSeconds), $"must be at least 0 seconds (was {targetAnswerSeconds})");
        double c = ProbabilityOfWaiting(agents, trafficErlangs);
        return ServiceLevelFrom(c, agents, trafficErlangs, averageHandlingTimeSeconds, targetAnswerSeconds);
    }

    /// <summary>Average speed of answer over all contacts, in seconds: C AHT / (N - A); infinite when agents &lt;= traffic.</summary>
    public static double AverageSpeedOfAnswer(int agents, double trafficErlangs, double averageHandlingTimeSeconds)
    {
        Require(averageHandlingTimeSeconds > 0, nameof(averageHandlingTimeSeconds), $"must be above 0 seconds (was {averageHandlingTimeSeconds})");
        double c = ProbabilityOfWaiting(agents, trafficErlangs);
        return agents > trafficErlangs ? c * averageHandlingTimeSeconds / (agents - trafficErlangs) : double.PositiveInfinity;
    }

    /// <summary>
    /// The fewest agents that meet the service-level target and the occupancy cap, with the service
    /// they give. Zero workload needs zero agents. Throws an <see cref="ArgumentException"/> when even
    /// <see cref="StaffingOptions.MaxAgents"/> agents fall short.
    /// </summary>
    public static StaffingRequirement Staff(double contactsPerHour, double averageHandlingTimeSeconds, StaffingOptions? options = null)
    {
        options ??= new StaffingOptions();
        options.Validate();
        double a = TrafficErlangs(contactsPerHour, averageHandlingTimeSeconds);
        if (a == 0)
        {
            return new StaffingRequirement(0, 0, 0, 1, 0, 0, 0);
        }

        // Walk N upwards carrying Erlang B along, so the search costs one recursion step per agent.
        double b = 1;
        for (int n = 1; n <= options.MaxAgents; n++)
        {
            b = a * b / (n + (a * b));
            if (n <= a)
            {
                continue;
            }

            double c = FromErlangB(n, a, b);
            double serviceLevel = ServiceLevelFrom(c, n, a, averageHandlingTimeSeconds, options.TargetAnswerTimeSeconds);
            double occupancy = a / n;
            if (serviceLevel >= options.TargetServiceLevel && occupancy <= options.MaxOccupancy)
            {
                int scheduled = (int)Math.Ceiling((n / (1 - options.Shrinkage)) - 1e-9);
                return new StaffingRequirement(n, a, c, serviceLevel, c * averageHandlingTimeSeconds / (n - a), occupancy, scheduled);
            }
        }

        throw new ArgumentException(
            $"{options.MaxAgents} agents cannot meet the target for {a:0.##} Erlangs; raise MaxAgents or lower the target.", nameof(options));
    }

    /// <summary>Staffing for each interval of a workload forecast (contacts per hour in each interval), such as the 168 hours of a week.</summary>
    public static IReadOnlyList<StaffingRequirement> StaffSchedule(
        IReadOnlyList<double> contactsPerHour, double averageHandlingTimeSeconds, StaffingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(contactsPerHour);
        var result = new StaffingRequirement[contactsPerHour.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Staff(contactsPerHour[i], averageHandlingTimeSeconds, options);
        }

        return result;
    }

    private static double FromErlangB(int agents, double traffic, double erlangB) =>
        agents * erlangB / (agents - (traffic * (1 - erlangB)));

    private static double ServiceLevelFrom(double c, int agents, double traffic, double aht, double target) =>
        agents > traffic ? 1 - (c * Math.Exp(-(agents - traffic) * target / aht)) : 0;

    private static void Require(bool condition, string parameter, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{parameter} {problem}.", parameter);
        }
    }
}
