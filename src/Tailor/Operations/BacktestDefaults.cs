namespace Tailor.Operations;

/// <summary>Default values of <see cref="BacktestOptions"/>.</summary>
public static class BacktestDefaults
{
    /// <summary>Default forecast horizon of each origin.</summary>
    public const int Horizon = 14;

    /// <summary>Default number of forecast origins.</summary>
    public const int Origins = 3;

    /// <summary>Default step between origins: 0 means one horizon, so test windows do not overlap.</summary>
    public const int Step = 0;

    /// <summary>Default shortest training window.</summary>
    public const int MinimumTraining = 8;

    /// <summary>Default thread limit for many series: -1, all cores.</summary>
    public const int MaxDegreeOfParallelism = -1;
}
