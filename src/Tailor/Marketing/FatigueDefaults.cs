namespace Tailor.Marketing;

/// <summary>Defaults of <see cref="FatigueOptions"/>.</summary>
public static class FatigueDefaults
{
    /// <summary>Default window in days in which sends count as recent.</summary>
    public const int WindowDays = 30;

    /// <summary>Default lowest response, relative to a lone send, the cap accepts.</summary>
    public const double MinimumRelativeResponse = 0.8;

    /// <summary>Default highest unsubscribe rate, as a multiple of a lone send's, the cap accepts.</summary>
    public const double MaximumUnsubscribeMultiple = 3.0;

    /// <summary>Default fewest sends for a level of its own.</summary>
    public const int MinimumSendsPerLevel = 200;
}
