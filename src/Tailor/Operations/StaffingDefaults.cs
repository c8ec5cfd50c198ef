namespace Tailor.Operations;

/// <summary>Default values of <see cref="StaffingOptions"/>: the common "80/20" call-centre target.</summary>
public static class StaffingDefaults
{
    /// <summary>Default share of contacts answered within the target time.</summary>
    public const double TargetServiceLevel = 0.8;

    /// <summary>Default target answer time in seconds.</summary>
    public const double TargetAnswerTimeSeconds = 20;

    /// <summary>Default occupancy cap.</summary>
    public const double MaxOccupancy = 0.85;

    /// <summary>Default shrinkage: none.</summary>
    public const double Shrinkage = 0;

    /// <summary>Default cap on the agents searched.</summary>
    public const int MaxAgents = 100_000;
}
