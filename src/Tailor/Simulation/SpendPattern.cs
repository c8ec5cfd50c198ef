namespace Tailor.Simulation;

/// <summary>How a marketing channel's daily budget moves over the simulated period.</summary>
public enum SpendPattern
{
    /// <summary>Spends every day; the level changes month to month, with daily noise.</summary>
    AlwaysOn,

    /// <summary>A new budget every two weeks, sometimes zero.</summary>
    Varying,

    /// <summary>Flights of a few weeks at a high level, separated by weeks of no spend.</summary>
    Flighted,

    /// <summary>One insertion a week (on Thursdays) during flights of several weeks, like a local paper ad.</summary>
    Weekly,
}
