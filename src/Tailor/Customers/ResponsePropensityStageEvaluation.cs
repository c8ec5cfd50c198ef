namespace Tailor.Customers;

/// <summary>How the two methods of one funnel stage measured on the test sends, and which was kept.</summary>
/// <param name="Stage">The stage, such as "open" or "conversion given open".</param>
/// <param name="TrainExamples">Training examples (sends, or opened sends).</param>
/// <param name="TestExamples">Test examples.</param>
/// <param name="TreesLogLoss">Test log-loss of the trees, or null when too little data trained them.</param>
/// <param name="PastRateLogLoss">Test log-loss of the smoothed past rate, or null without test examples.</param>
/// <param name="Chosen">The method with the lower test log-loss.</param>
public sealed record ResponsePropensityStageEvaluation(
    string Stage, int TrainExamples, int TestExamples, double? TreesLogLoss, double? PastRateLogLoss, ResponsePropensityMethod Chosen);
