namespace Tailor.Marketing;

/// <summary>How response falls and unsubscribes rise with the number of recent sends, and the cap that follows.</summary>
/// <param name="WindowDays">Days in which sends count as recent.</param>
/// <param name="Levels">One row per number of recent sends, from 1.</param>
/// <param name="DecayPerSend">Fitted loss of response per extra send in the window, as a share of a lone send's response.</param>
/// <param name="BaseUnsubscribeRate">Fitted unsubscribe rate of a lone send.</param>
/// <param name="UnsubscribeGrowth">Fitted factor by which the unsubscribe rate grows with each extra send.</param>
/// <param name="RecommendedCap">Most sends in the window the limits allow, or null when there were too few sends to say.</param>
/// <param name="Reason">Why the cap is where it is, in words.</param>
public sealed record FatigueReport(
    int WindowDays,
    IReadOnlyList<FatigueLevel> Levels,
    double DecayPerSend,
    double BaseUnsubscribeRate,
    double UnsubscribeGrowth,
    int? RecommendedCap,
    string Reason);
