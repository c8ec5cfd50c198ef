namespace Tailor.Customers;

/// <summary>
/// How well response is predicted on one channel: trained on sends before the cut-off, measured on
/// the sends after it, next to the customers' own past rates.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="Cutoff">Sends before it trained the model; sends at or after it measured it.</param>
/// <param name="TrainSends">Training sends.</param>
/// <param name="TestSends">Test sends.</param>
/// <param name="TestResponseRate">Share of test sends with the outcome.</param>
/// <param name="Model">Quality of the funnel model (each stage with its better method), or null when the channel had too few sends to measure.</param>
/// <param name="PastRate">Quality of the customer's past rate of the outcome, shrunk towards the channel's rate (a probability): the baseline.</param>
/// <param name="PastOpenRate">Ranking quality of the customer's past open rate, or null when the outcome is the open itself.</param>
/// <param name="UsesModel">Whether the funnel model measured better than the baseline by log-loss and so scores customers.</param>
/// <param name="Description">The model used, such as "open (trees) x conversion given open (past rate)".</param>
/// <param name="Stages">Each funnel stage's test log-loss by method.</param>
/// <param name="Note">Why trees were not trained or something could not be measured, or null.</param>
public sealed record ResponsePropensityChannelEvaluation(
    string Channel,
    DateTimeOffset Cutoff,
    int TrainSends,
    int TestSends,
    double TestResponseRate,
    ScoreQuality? Model,
    ScoreQuality PastRate,
    ScoreQuality? PastOpenRate,
    bool UsesModel,
    string Description,
    IReadOnlyList<ResponsePropensityStageEvaluation> Stages,
    string? Note);
