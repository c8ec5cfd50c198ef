using Tailor.Customers;
using Tailor.Marketing;

namespace Tailor.Server.Apis;

/// <summary>The JSON shapes of the audience, send-time and propensity reports, shared by the API and the CLI's --json.</summary>
public static class AudienceReports
{
    /// <summary>An audience report, members <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>.</summary>
    public static AudienceApi.AudienceReportResult Audience(
        AudienceReport report, IReadOnlyDictionary<string, DateTimeOffset>? sendTimes, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plan = report.Plan;
        return new AudienceApi.AudienceReportResult(
            plan.Channel, plan.CostPerContact, plan.Budget, report.AsOf, sendTimes is not null, plan.Candidates, plan.Members.Count, plan.TotalCost,
            plan.ExpectedConversions, plan.ExpectedRevenue, plan.ExpectedProfit, plan.Cutoff, plan.Explanation, plan.NextExpectedValue,
            new AudienceApi.Exclusions(plan.WithoutConsent, plan.FrequencyCapped, plan.FrequencyCappedWithPositiveValue), report.ValueSource, report.Model,
            report.Propensity is null ? null : Channel(report.Propensity), offset,
            plan.Members.Skip(offset).Take(limit).Select(m => new AudienceApi.Member(
                m.Rank, m.CustomerId, m.Propensity, m.ConversionValue, m.ExpectedValue,
                sendTimes is not null && sendTimes.TryGetValue(m.CustomerId, out var at) ? at : report.AsOf)).ToList());
    }

    /// <summary>A send-time plan, recommendations <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> (or one customer's).</summary>
    public static AudienceApi.SendTimeResult SendTimes(SendTimePlan plan, DateTimeOffset from, int offset, int limit, string? customerId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone);
        var chosen = customerId is null
            ? plan.Recommendations.Skip(offset).Take(limit)
            : plan.Recommendations.Where(r => r.CustomerId == customerId);
        return new AudienceApi.SendTimeResult(
            plan.Grid, plan.GridReason, plan.TimeZone, plan.Outcome, plan.GlobalBestDay, plan.GlobalBestHour, plan.GlobalBestRate, plan.LevelStrength,
            plan.SlotStrength, plan.Channels, plan.Segments, plan.Recommendations.Count, plan.WithoutConsent,
            Enum.GetValues<SendTimeEvidence>().ToDictionary(e => e, e => plan.Recommendations.Count(r => r.Evidence == e)),
            plan.Fatigue, offset,
            chosen.Select(r => new AudienceApi.Recommendation(
                r.CustomerId, r.Channel, r.Day, r.Hour, r.ExpectedRate, r.BestDay, r.BestHour, r.BestRate, r.Evidence, r.Sends, r.Segment,
                SendTimePlan.Next(from, zone, r.Day, r.Hour))).ToList());
    }

    /// <summary>Response propensity per channel.</summary>
    public static AudienceApi.PropensityResult Propensity(ResponsePropensityEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new AudienceApi.PropensityResult(evaluation.Outcome, evaluation.Channels.Select(Channel).ToList());
    }

    private static AudienceApi.ChannelPropensity Channel(ResponsePropensityChannelEvaluation e) => new(
        e.Channel, e.Cutoff, e.TrainSends, e.TestSends, Finite(e.TestResponseRate), Quality(e.Model), Quality(e.PastRate)!, Quality(e.PastOpenRate), e.UsesModel,
        e.Description, e.Stages, e.Note);

    private static AudienceApi.Quality? Quality(ScoreQuality? quality) =>
        quality is null ? null : new AudienceApi.Quality(quality.Name, Finite(quality.Auc), quality.LogLoss is { } l ? Finite(l) : null);

    // JSON has no NaN: an AUC over one outcome is undefined and goes out as null.
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
