namespace Tailor.Marketing;

/// <summary>
/// Fitted response curves of a shop's channels with their bootstrap draws. Responses are steady
/// states at the planning baseline (an ordinary day at the end of the history, without season).
/// </summary>
public sealed class ResponseCurveModel
{
    private readonly Dictionary<string, int> _index;

    internal ResponseCurveModel(
        MarketingOutcome outcome,
        double revenuePerUnit,
        DateOnly start,
        DateOnly end,
        double baselineDailyOutcome,
        IReadOnlyList<ChannelResponse> channels,
        IReadOnlyList<ResponseCurveDraw> draws,
        double intervalLevel,
        bool yearlySeason,
        double explainedDeviance,
        double dispersion,
        IReadOnlyList<LiftTestCheck> liftTests,
        bool converged,
        IReadOnlyList<string> warnings)
    {
        Outcome = outcome;
        RevenuePerUnit = revenuePerUnit;
        Start = start;
        End = end;
        BaselineDailyOutcome = baselineDailyOutcome;
        Channels = channels;
        Draws = draws;
        IntervalLevel = intervalLevel;
        YearlySeason = yearlySeason;
        ExplainedDeviance = explainedDeviance;
        Dispersion = dispersion;
        LiftTests = liftTests;
        Converged = converged;
        Warnings = warnings;
        _index = channels.Select((c, i) => (c.Channel, i)).ToDictionary(p => p.Channel, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>What the curves explain.</summary>
    public MarketingOutcome Outcome { get; }

    /// <summary>Revenue one unit of the outcome is worth (the mean order value for orders, 1 for revenue).</summary>
    public double RevenuePerUnit { get; }

    /// <summary>First day of the history that was fitted.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day of the history.</summary>
    public DateOnly End { get; }

    /// <summary>Baseline outcome of an ordinary day (mean weekday, no season, no paid marketing) over the last days of the history.</summary>
    public double BaselineDailyOutcome { get; }

    /// <summary>Channels that spent something, in name order.</summary>
    public IReadOnlyList<ChannelResponse> Channels { get; }

    /// <summary>Bootstrap refits; empty when the bootstrap was skipped.</summary>
    public IReadOnlyList<ResponseCurveDraw> Draws { get; }

    /// <summary>Coverage of the intervals.</summary>
    public double IntervalLevel { get; }

    /// <summary>Whether a yearly season was fitted (the history was long enough).</summary>
    public bool YearlySeason { get; }

    /// <summary>Share of the Poisson deviance of a constant-mean model that the full model explains.</summary>
    public double ExplainedDeviance { get; }

    /// <summary>
    /// Pearson dispersion of the outcome around the fit, at least 1: about 1 for order counts that vary
    /// as a Poisson count, about the mean order value times (1 + its squared coefficient of variation)
    /// for revenue. The likelihood was divided by it, so the curves' prior keeps its weight on noisy data.
    /// </summary>
    public double Dispersion { get; }

    /// <summary>The lift tests the fit was calibrated with, each next to what the fitted curves say; empty without tests.</summary>
    public IReadOnlyList<LiftTestCheck> LiftTests { get; }

    /// <summary>Whether the best optimizer run ended at a stationary point.</summary>
    public bool Converged { get; }

    /// <summary>Problems of the whole fit, in plain words (channels left out, a failed optimizer).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The same model with more warnings about how it was fitted.</summary>
    internal ResponseCurveModel WithWarnings(IReadOnlyList<string> warnings) => warnings.Count == 0
        ? this
        : new ResponseCurveModel(
            Outcome, RevenuePerUnit, Start, End, BaselineDailyOutcome, Channels, Draws, IntervalLevel, YearlySeason, ExplainedDeviance, Dispersion,
            LiftTests, Converged, [.. Warnings, .. warnings]);

    /// <summary>The channel's fit.</summary>
    /// <exception cref="KeyNotFoundException">The model has no such channel.</exception>
    public ChannelResponse Channel(string channel) => Channels[IndexOf(channel)];

    /// <summary>Whether the model has a curve for the channel.</summary>
    public bool HasChannel(string channel) => _index.ContainsKey(channel);

    /// <summary>Incremental outcome a day from a steady daily spend on the channel.</summary>
    public double DailyResponse(string channel, double dailySpend) =>
        BaselineDailyOutcome * Channel(channel).Curve.RelativeLift(dailySpend);

    /// <summary><see cref="DailyResponse"/> with its bootstrap interval.</summary>
    public Estimate DailyResponseInterval(string channel, double dailySpend)
    {
        var index = IndexOf(channel);
        var draws = Draws.Select(d => d.BaselineDailyOutcome * d.Curves[index].RelativeLift(dailySpend)).ToList();
        return Estimate.FromDraws(DailyResponse(channel, dailySpend), draws, IntervalLevel);
    }

    /// <summary>The channel's steady-state incremental revenue a day as a function of daily spend.</summary>
    public SpendCurve RevenueCurve(string channel) => Channel(channel).Curve.Scaled(BaselineDailyOutcome * RevenuePerUnit);

    /// <summary>The same for one bootstrap draw.</summary>
    public SpendCurve RevenueCurve(string channel, ResponseCurveDraw draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        return draw.Curves[IndexOf(channel)].Scaled(draw.BaselineDailyOutcome * RevenuePerUnit);
    }

    private int IndexOf(string channel) => _index.TryGetValue(channel, out var index)
        ? index
        : throw new KeyNotFoundException($"The response curves have no channel '{channel}'.");
}
