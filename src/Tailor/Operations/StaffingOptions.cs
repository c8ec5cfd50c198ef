namespace Tailor.Operations;

/// <summary>
/// Service targets for <see cref="ErlangC.Staff"/>. Defaults (in <see cref="StaffingDefaults"/>): 80% of
/// contacts answered within 20 seconds, agents at most 85% busy, no shrinkage.
/// </summary>
public sealed record StaffingOptions
{
    /// <summary>Share of contacts to answer within <see cref="TargetAnswerTimeSeconds"/>. Range (0, 1). Default 0.8.</summary>
    public double TargetServiceLevel { get; init; } = StaffingDefaults.TargetServiceLevel;

    /// <summary>Answer-time target in seconds. Range [0, 1e6]. Default 20.</summary>
    public double TargetAnswerTimeSeconds { get; init; } = StaffingDefaults.TargetAnswerTimeSeconds;

    /// <summary>
    /// Highest occupancy (traffic / agents) allowed, because agents kept busier than this burn out and
    /// the queue becomes fragile; 1 turns the cap off. Range (0, 1]. Default 0.85, the usual planning
    /// cap of Erlang calculators.
    /// </summary>
    public double MaxOccupancy { get; init; } = StaffingDefaults.MaxOccupancy;

    /// <summary>
    /// Share of paid time agents are not available to answer (breaks, training, absence); scheduled staff =
    /// agents / (1 - shrinkage). Range [0, 1). Default 0.
    /// </summary>
    public double Shrinkage { get; init; } = StaffingDefaults.Shrinkage;

    /// <summary>Most agents searched before giving up. Range [1, 1e7]. Default 100000.</summary>
    public int MaxAgents { get; init; } = StaffingDefaults.MaxAgents;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(TargetServiceLevel is > 0 and < 1, nameof(TargetServiceLevel), $"must be strictly between 0 and 1 (was {TargetServiceLevel})");
        Require(TargetAnswerTimeSeconds is >= 0 and <= 1e6, nameof(TargetAnswerTimeSeconds), $"must be between 0 and 1e6 seconds (was {TargetAnswerTimeSeconds})");
        Require(MaxOccupancy is > 0 and <= 1, nameof(MaxOccupancy), $"must be in (0, 1] (was {MaxOccupancy})");
        Require(Shrinkage is >= 0 and < 1, nameof(Shrinkage), $"must be in [0, 1) (was {Shrinkage})");
        Require(MaxAgents is >= 1 and <= 10_000_000, nameof(MaxAgents), $"must be between 1 and 1e7 (was {MaxAgents})");
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Staffing option {option} {problem}.", option);
        }
    }
}
