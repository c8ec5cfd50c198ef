namespace Tailor.Marketing;

/// <summary>Defaults of <see cref="ResponseCurveOptions"/>.</summary>
public static class ResponseCurveDefaults
{
    /// <summary>Default number of optimizer starts.</summary>
    public const int Starts = 8;

    /// <summary>Default seed of the random starts and the bootstrap.</summary>
    public const int Seed = 20_240_601;

    /// <summary>Default number of bootstrap refits.</summary>
    public const int BootstrapReplicates = 60;

    /// <summary>Default length of a bootstrap block: four weeks keep the weekly rhythm and most adstock carry-over together.</summary>
    public const int BootstrapBlockDays = 28;

    /// <summary>Default coverage of intervals.</summary>
    public const double IntervalLevel = 0.9;

    /// <summary>Default spacing of the trend's knots: a quarter, slow enough not to soak up flights of a few weeks.</summary>
    public const int TrendKnotDays = 91;

    /// <summary>Default number of yearly Fourier harmonics, as Prophet's: enough for a sharp December peak.</summary>
    public const int YearlyHarmonics = 10;

    /// <summary>Default history needed before a yearly season is fitted: two years, less a little slack.</summary>
    public const int YearlyMinDays = 700;

    /// <summary>Default window of "current" spend and of the planning baseline.</summary>
    public const int CurrentDays = 28;

    /// <summary>Default number of distinct weekly spend levels a curve needs.</summary>
    public const int MinSpendLevels = 5;

    /// <summary>Default number of days with spend a curve needs.</summary>
    public const int MinSpendDays = 21;

    /// <summary>Default weight of the prior on shape and half-saturation: one prior "observation".</summary>
    public const double PriorWeight = 1;

    /// <summary>Default iteration budget of each optimizer run.</summary>
    public const int MaxIterations = 3000;

    /// <summary>Default gradient tolerance on the likelihood divided by the total outcome.</summary>
    public const double GradientTolerance = 1e-7;

    /// <summary>Default shortest history that can be fitted.</summary>
    public const int MinDays = 56;
}
