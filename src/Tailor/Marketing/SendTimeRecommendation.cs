namespace Tailor.Marketing;

/// <summary>When and through which channel to contact one customer.</summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Channel">The channel drawn for them.</param>
/// <param name="Day">Day of the week on the hour-of-week grid; null on the hour-of-day grid (any day).</param>
/// <param name="Hour">Local hour (0-23) drawn for them.</param>
/// <param name="ExpectedRate">Posterior mean response rate at that hour.</param>
/// <param name="BestDay">Day of the week of the highest posterior mean on the hour-of-week grid, else null.</param>
/// <param name="BestHour">Local hour of the highest posterior mean (the choice without exploration).</param>
/// <param name="BestRate">Posterior mean response rate at <paramref name="BestHour"/>.</param>
/// <param name="Evidence">Whether the customer's own history, their segment's or the global prior decided.</param>
/// <param name="Sends">Sends to the customer so far.</param>
/// <param name="Segment">The customer's send-time segment.</param>
public sealed record SendTimeRecommendation(
    string CustomerId,
    string Channel,
    DayOfWeek? Day,
    int Hour,
    double ExpectedRate,
    DayOfWeek? BestDay,
    int BestHour,
    double BestRate,
    SendTimeEvidence Evidence,
    int Sends,
    string Segment);
