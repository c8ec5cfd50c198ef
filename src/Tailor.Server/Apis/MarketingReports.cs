using Tailor.Marketing;

namespace Tailor.Server.Apis;

/// <summary>
/// The JSON shapes of response curves and budget plans, shared by the API and the CLI's --json.
/// Money is rounded to cents, ratios to four decimals; an absent limit is null.
/// </summary>
public static class MarketingReports
{
    /// <summary>A number with its bootstrap interval.</summary>
    public sealed record Interval(double Value, double Lower, double Upper);

    /// <summary>How the curves were fitted.</summary>
    public sealed record FitReport(
        string Outcome,
        DateOnly Start,
        DateOnly End,
        double BaselineDailyOutcome,
        double RevenuePerUnit,
        double ExplainedDeviance,
        double Dispersion,
        bool YearlySeason,
        bool Converged,
        int BootstrapReplicates,
        double IntervalLevel,
        IReadOnlyList<LiftTestReport> LiftTests,
        IReadOnlyList<string> Warnings);

    /// <summary>A lift test the curves were calibrated with, and what the fitted curves say it should have measured (in the test's outcome).</summary>
    public sealed record LiftTestReport(
        string Channel, DateOnly Start, DateOnly End, string Outcome, double Incremental, double StandardError, double Fitted, double Deviation);

    /// <summary>One channel's curve and where it stands at current spend (a null marginal ROAS is unbounded: nothing is spent on a concave curve).</summary>
    public sealed record CurveReport(
        string Channel,
        double Lift,
        double HalfSaturation,
        double Shape,
        double AdstockDecay,
        Interval AdstockDecayInterval,
        double CurrentDailySpend,
        double HistoricalDailySpend,
        int SpendDays,
        int SpendLevels,
        Interval DailyResponse,
        Interval? Roas,
        Interval? MarginalRoas,
        bool Identified,
        IReadOnlyList<string> Warnings);

    /// <summary>One segment's curves, or why it has none.</summary>
    public sealed record SegmentReport(string Segment, double MeanDailyOrders, IReadOnlyList<CurveReport>? Channels, string? Warning);

    /// <summary>GET /marketing/curves.</summary>
    public sealed record CurvesReport(FitReport Fit, IReadOnlyList<CurveReport> Channels, IReadOnlyList<SegmentReport>? Segments);

    /// <summary>One channel's line of a plan; money and outcomes are totals over the horizon.</summary>
    public sealed record ChannelPlanReport(
        string Channel,
        double CurrentSpend,
        double RecommendedSpend,
        double Change,
        double MinSpend,
        double? MaxSpend,
        Interval ExpectedResponse,
        Interval ExpectedRevenue,
        Interval? Roas,
        Interval? MarginalRoas,
        bool Identified,
        bool Held);

    /// <summary>POST /marketing/allocation.</summary>
    public sealed record AllocationReport(
        string Scenario,
        double Budget,
        int HorizonDays,
        double? TargetRoas,
        double? Margin,
        string Outcome,
        string Method,
        double CurrentSpend,
        double RecommendedSpend,
        Interval CurrentResponse,
        Interval ExpectedResponse,
        Interval ExpectedRevenue,
        Interval? ExpectedProfit,
        double MarginalRoas,
        IReadOnlyList<ChannelPlanReport> Channels,
        IReadOnlyList<string> Warnings,
        FitReport Fit,
        IReadOnlyList<CurveReport> Curves,
        IReadOnlyList<SegmentReport>? Segments);

    /// <summary>The scenario names of the CLI and the API.</summary>
    public static IReadOnlyDictionary<string, AllocationScenario> Scenarios { get; } = new Dictionary<string, AllocationScenario>(StringComparer.Ordinal)
    {
        ["max-response"] = AllocationScenario.MaxResponse,
        ["target-roas"] = AllocationScenario.TargetRoas,
        ["max-profit"] = AllocationScenario.MaxProfit,
    };

    /// <summary>The name of a scenario.</summary>
    public static string Name(AllocationScenario scenario) => Scenarios.First(p => p.Value == scenario).Key;

    /// <summary>The fit summary of a model.</summary>
    public static FitReport Fit(ResponseCurveModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new FitReport(Outcome(model.Outcome), model.Start, model.End, Round(model.BaselineDailyOutcome, 4), Money(model.RevenuePerUnit),
            Round(model.ExplainedDeviance, 4), Round(model.Dispersion, 4), model.YearlySeason, model.Converged, model.Draws.Count, model.IntervalLevel,
            model.LiftTests.Select(l => new LiftTestReport(
                l.Test.Channel, l.Test.Start, l.Test.End, Outcome(l.Test.Outcome), Round(l.Test.Incremental, 4), Round(l.Test.StandardError, 4),
                Round(l.Fitted, 4), Round(l.Deviation, 4))).ToList(),
            model.Warnings);
    }

    /// <summary>The curves of a model, with segments when fitted.</summary>
    public static CurvesReport Curves(ResponseCurveModel model, IReadOnlyList<SegmentCurves>? segments)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new CurvesReport(Fit(model), Channels(model), Segments(segments));
    }

    /// <summary>A plan with the fit and curves it rests on, and segment curves when fitted.</summary>
    public static AllocationReport Allocation(AllocationPlan plan, double? margin, ResponseCurveModel model, IReadOnlyList<SegmentCurves>? segments)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(model);
        var channels = plan.Channels.Select(c => new ChannelPlanReport(
            c.Channel, Money(c.CurrentSpend), Money(c.RecommendedSpend), Money(c.RecommendedSpend - c.CurrentSpend), Money(c.MinSpend),
            double.IsFinite(c.MaxSpend) ? Money(c.MaxSpend) : null, Of(c.ExpectedResponse, 2), Of(c.ExpectedRevenue, 2),
            Ratio(c.Roas), Ratio(c.MarginalRoas), c.Identified, c.Held)).ToList();
        return new AllocationReport(
            Name(plan.Scenario), Money(plan.Budget), plan.HorizonDays, plan.TargetRoas is { } t ? Round(t, 4) : null, margin is { } m ? Round(m, 4) : null,
            Outcome(plan.Outcome), plan.Method, Money(plan.CurrentSpend), Money(plan.RecommendedSpend), Of(plan.CurrentResponse, 2),
            Of(plan.ExpectedResponse, 2), Of(plan.ExpectedRevenue, 2), plan.ExpectedProfit is null ? null : Of(plan.ExpectedProfit, 2),
            Round(plan.MarginalRoas, 4), channels, plan.Warnings, Fit(model), Channels(model), Segments(segments));
    }

    /// <summary>"orders" or "revenue".</summary>
    public static string Outcome(MarketingOutcome outcome) => MarketingOutcomeNames.Name(outcome);

    private static List<SegmentReport>? Segments(IReadOnlyList<SegmentCurves>? segments) =>
        segments?.Select(s => new SegmentReport(s.Segment, Round(s.MeanDailyOrders, 2), s.Model is null ? null : Channels(s.Model), s.Warning)).ToList();

    private static List<CurveReport> Channels(ResponseCurveModel model) => model.Channels.Select(c => new CurveReport(
        c.Channel, Round(c.Curve.Lift, 4), Money(c.Curve.HalfSaturation), Round(c.Curve.Shape, 4), Round(c.Curve.AdstockDecay, 4), Of(c.AdstockDecay, 4),
        Money(c.CurrentDailySpend), Money(c.HistoricalDailySpend), c.SpendDays, c.SpendLevels, Of(c.DailyResponse, 2),
        Ratio(c.Roas), Ratio(c.MarginalRoas), c.Identified, c.Warnings)).ToList();

    private static Interval Of(Estimate estimate, int digits) => new(Round(estimate.Value, digits), Round(estimate.Lower, digits), Round(estimate.Upper, digits));

    // A concave curve's marginal return at zero spend is unbounded: reported as null rather than a number.
    private static Interval? Ratio(Estimate? estimate) => estimate is null || !double.IsFinite(estimate.Value) ? null : Of(estimate, 4);

    private static double Money(double amount) => Round(amount, 2);

    // Infinities and NaN cannot be written as JSON numbers; none should reach here, but a report must never fail.
    private static double Round(double value, int digits) => double.IsFinite(value) ? Math.Round(value, digits) : 0;
}
