namespace Tailor.Marketing;

/// <summary>What the fit says about one channel, at its current spend.</summary>
/// <param name="Channel">Channel name.</param>
/// <param name="Curve">The fitted curve.</param>
/// <param name="CurrentDailySpend">Mean daily spend over the last days of the history (<see cref="ResponseCurveOptions.CurrentDays"/>).</param>
/// <param name="HistoricalDailySpend">Mean daily spend over the whole history.</param>
/// <param name="PeakDailySpend">Highest mean daily spend of any week of the history: how far the data reach.</param>
/// <param name="SpendDays">Days with spend.</param>
/// <param name="SpendLevels">Distinct weekly spend levels visited (zero counts as one).</param>
/// <param name="DailyResponse">Incremental outcome a day at a steady current spend, with its interval.</param>
/// <param name="Roas">Incremental revenue per unit of spend at current spend; null when nothing is spent now.</param>
/// <param name="MarginalRoas">Incremental revenue of the next unit of spend at current spend.</param>
/// <param name="AdstockDecay">Carry-over share with its interval.</param>
/// <param name="Identified">False when the history cannot tell the curve's shape (see <paramref name="Warnings"/>).</param>
/// <param name="Warnings">Why the curve may not be trusted, in plain words; empty when nothing is wrong.</param>
public sealed record ChannelResponse(
    string Channel,
    ChannelCurve Curve,
    double CurrentDailySpend,
    double HistoricalDailySpend,
    double PeakDailySpend,
    int SpendDays,
    int SpendLevels,
    Estimate DailyResponse,
    Estimate? Roas,
    Estimate MarginalRoas,
    Estimate AdstockDecay,
    bool Identified,
    IReadOnlyList<string> Warnings);
