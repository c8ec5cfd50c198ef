using Tailor.Customers;

namespace Tailor.Marketing;

/// <summary>Knobs of <see cref="FatigueAnalysis"/>. Defaults live in <see cref="FatigueDefaults"/>.</summary>
public sealed record FatigueOptions
{
    /// <summary>Days before a send in which earlier sends (any channel) count towards its fatigue level. Range [1, 365]. Default 30.</summary>
    public int WindowDays { get; init; } = FatigueDefaults.WindowDays;

    /// <summary>The response whose decay is measured. Default <see cref="ResponsePropensityOutcome.Open"/>, the most frequent.</summary>
    public ResponsePropensityOutcome Outcome { get; init; } = ResponsePropensityOutcome.Open;

    /// <summary>
    /// The cap is the most sends in the window whose fitted response stays at or above this share of a
    /// lone send's. Range (0, 1]. Default 0.8.
    /// </summary>
    public double MinimumRelativeResponse { get; init; } = FatigueDefaults.MinimumRelativeResponse;

    /// <summary>
    /// ... and whose fitted unsubscribe rate stays at or below this multiple of a lone send's.
    /// Range [1, 1000]. Default 3.
    /// </summary>
    public double MaximumUnsubscribeMultiple { get; init; } = FatigueDefaults.MaximumUnsubscribeMultiple;

    /// <summary>Levels with fewer sends are pooled into the level below. Range [10, 1,000,000]. Default 200.</summary>
    public int MinimumSendsPerLevel { get; init; } = FatigueDefaults.MinimumSendsPerLevel;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(WindowDays is >= 1 and <= 365, nameof(WindowDays), $"must be between 1 and 365 (was {WindowDays})");
        Require(Enum.IsDefined(Outcome), nameof(Outcome), $"must be open, click or conversion (was {Outcome})");
        Require(MinimumRelativeResponse is > 0 and <= 1, nameof(MinimumRelativeResponse), $"must be in (0, 1] (was {MinimumRelativeResponse})");
        Require(MaximumUnsubscribeMultiple is >= 1 and <= 1000, nameof(MaximumUnsubscribeMultiple), $"must be between 1 and 1000 (was {MaximumUnsubscribeMultiple})");
        Require(MinimumSendsPerLevel is >= 10 and <= 1_000_000, nameof(MinimumSendsPerLevel), $"must be between 10 and 1,000,000 (was {MinimumSendsPerLevel})");
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name} {message}.", name);
        }
    }
}
