namespace Tailor.Operations;

/// <summary>Knobs of <see cref="InventoryReplay.Run"/>. Defaults live in <see cref="InventoryReplayDefaults"/>.</summary>
public sealed record InventoryReplayOptions
{
    /// <summary>Days of history before the replay starts, the same for every item. Range [14, 1e5]. Required.</summary>
    public required int HistoryDays { get; init; }

    /// <summary>Days replayed after the history. Range [7, 1e5]. Default 365.</summary>
    public int ReplayDays { get; init; } = InventoryReplayDefaults.ReplayDays;

    /// <summary>The purchase planner's options: service level, lead time, review period, costs.</summary>
    public PurchaseOptions Purchase { get; init; } = new();

    /// <summary>Forecasting method refitted on the history so far; null for <see cref="DemandForecaster"/>, as the purchase list uses.</summary>
    public IForecaster? Forecaster { get; init; }

    /// <summary>Days between refits of each item's forecast. Range [1, 1e5]. Default 28.</summary>
    public int RefitEveryDays { get; init; } = InventoryReplayDefaults.RefitEveryDays;

    /// <summary>The fixed rule's cover: order up to this many days of average demand at each review. Range [1, 3650]. Default 30.</summary>
    public int FixedCoverDays { get; init; } = InventoryReplayDefaults.FixedCoverDays;

    /// <summary>Days the fixed rule averages demand over. Range [1, 3650]. Default 90.</summary>
    public int FixedAverageDays { get; init; } = InventoryReplayDefaults.FixedAverageDays;

    /// <summary>Most items replayed at once; -1 for all cores. Results do not depend on it. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(HistoryDays is >= 14 and <= 100_000, nameof(HistoryDays), $"must be between 14 and 100000 (was {HistoryDays})");
        Require(ReplayDays is >= 7 and <= 100_000, nameof(ReplayDays), $"must be between 7 and 100000 (was {ReplayDays})");
        Require(RefitEveryDays is >= 1 and <= 100_000, nameof(RefitEveryDays), $"must be between 1 and 100000 (was {RefitEveryDays})");
        Require(FixedCoverDays is >= 1 and <= 3650, nameof(FixedCoverDays), $"must be between 1 and 3650 (was {FixedCoverDays})");
        Require(FixedAverageDays is >= 1 and <= 3650, nameof(FixedAverageDays), $"must be between 1 and 3650 (was {FixedAverageDays})");
        Require(MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), $"must be -1 or at least 1 (was {MaxDegreeOfParallelism})");
        ArgumentNullException.ThrowIfNull(Purchase);
        Purchase.Validate();
    }

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Inventory replay option {option} {problem}.", option);
        }
    }
}
