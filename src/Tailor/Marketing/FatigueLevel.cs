namespace Tailor.Marketing;

/// <summary>Sends that were the k-th within the window, and how they fared.</summary>
/// <param name="RecentSends">k: sends in the window, this one included (the last level pools all higher ones).</param>
/// <param name="Sends">Sends at this level.</param>
/// <param name="Responses">Of those, how many got the response.</param>
/// <param name="ExpectedResponses">Responses expected from the customers' and campaigns' own rates, without fatigue.</param>
/// <param name="RelativeResponse">(Responses / expected) at this level over the same ratio at level 1.</param>
/// <param name="FittedRelativeResponse">The fitted line 1 - decay x (k - 1), at least 0.</param>
/// <param name="Unsubscribes">Unsubscribes from these sends.</param>
/// <param name="UnsubscribeRate">Unsubscribes per send.</param>
/// <param name="FittedUnsubscribeRate">The fitted curve base x growth^(k - 1).</param>
public sealed record FatigueLevel(
    int RecentSends,
    int Sends,
    int Responses,
    double ExpectedResponses,
    double RelativeResponse,
    double FittedRelativeResponse,
    int Unsubscribes,
    double UnsubscribeRate,
    double FittedUnsubscribeRate);
