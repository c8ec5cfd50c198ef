namespace Tailor.Marketing;

/// <summary>One bootstrap refit: its planning baseline and channel curves.</summary>
/// <param name="BaselineDailyOutcome">Baseline outcome of an ordinary day at the end of the history.</param>
/// <param name="Curves">Curves in the order of <see cref="ResponseCurveModel.Channels"/>.</param>
public sealed record ResponseCurveDraw(double BaselineDailyOutcome, IReadOnlyList<ChannelCurve> Curves);
