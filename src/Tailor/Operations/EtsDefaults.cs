namespace Tailor.Operations;

/// <summary>Default values of <see cref="EtsOptions"/>; they are R forecast's defaults.</summary>
public static class EtsDefaults
{
    /// <summary>Default lower limit of alpha, beta and gamma.</summary>
    public const double SmoothingLower = 1e-4;

    /// <summary>Default upper limit of alpha, beta and gamma.</summary>
    public const double SmoothingUpper = 0.9999;

    /// <summary>Default lower limit of the damping parameter phi.</summary>
    public const double PhiLower = 0.8;

    /// <summary>Default upper limit of the damping parameter phi.</summary>
    public const double PhiUpper = 0.98;

    /// <summary>Default cap on objective evaluations per model.</summary>
    public const int MaxEvaluations = 2000;

    /// <summary>Default longest season ETS models (R's limit).</summary>
    public const int MaxSeasonLength = 24;

    /// <summary>Default number of simulated paths when intervals are simulated.</summary>
    public const int SimulationPaths = 5000;

    /// <summary>Default thread limit for fitting one series' candidate models: -1, all cores.</summary>
    public const int MaxDegreeOfParallelism = -1;

    /// <summary>Default random seed for simulated intervals.</summary>
    public const int Seed = 42;
}
