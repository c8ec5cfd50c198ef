namespace Tailor.Operations;

/// <summary>Default values of <see cref="InventoryReplayOptions"/>.</summary>
public static class InventoryReplayDefaults
{
    /// <summary>Default days replayed: a year.</summary>
    public const int ReplayDays = 365;

    /// <summary>Default days between refits of the forecasts: four weeks.</summary>
    public const int RefitEveryDays = 28;

    /// <summary>Default cover of the fixed rule: 30 days of average demand.</summary>
    public const int FixedCoverDays = 30;

    /// <summary>Default days the fixed rule averages demand over: the last 90.</summary>
    public const int FixedAverageDays = 90;
}
