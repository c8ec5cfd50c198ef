using System.Text.Json;
using System.Text.Json.Serialization;
using Tailor.Data;

namespace Tailor.Customers;

/// <summary>
/// Runs every customer model of a shop at once, as `tailor train` and the server's training do: RFM
/// segments in both presets, behavioural clusters, BG/NBD and Gamma-Gamma CLV, and churn risk with
/// its drivers, for each customer as of the shop's last purchase.
/// </summary>
/// <remarks>
/// Consent: a customer who has not consented to analytics is left out altogether: no scores, and their
/// orders and events do not shape the models or the segment sizes. Personalization consent is not
/// needed, because these results change nothing a customer is shown; they are the shop's own reports.
/// Erased customers have no id on their orders any more and cannot appear. A part that the data
/// cannot support (too few customers to cluster, no repeat purchases for BG/NBD, too short a history
/// for churn trees) is skipped with a note, and the others still run.
/// </remarks>
public static class CustomerAnalytics
{
    /// <summary>The kind under which the results are stored as model versions.</summary>
    public const string ModelKind = "customers";

    private const int MicroSegmentsKept = 30;

    /// <summary>JSON settings of the stored report: enums as words, as the API writes them.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Analyses the customers of a shop.</summary>
    /// <param name="data">The shop's data.</param>
    /// <param name="options">Settings of each part.</param>
    /// <param name="progress">Receives the step being run.</param>
    /// <param name="cancellationToken">Checked between steps and inside the fits.</param>
    /// <exception cref="ArgumentException">Options out of range, or no purchase by a customer who consented to analytics.</exception>
    public static (CustomerAnalyticsReport Report, IReadOnlyList<CustomerInsight> Customers) Analyse(
        ShopData data, CustomerAnalyticsOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (orders, events, consenting) = Consenting(data);
        var purchases = TransactionSummary.Purchases(orders).ToList();
        if (purchases.Count == 0)
        {
            throw new ArgumentException("No customer who consented to analytics has bought anything yet: there is nothing to analyse.", nameof(data));
        }

        var asOf = purchases.Max(p => p.Time);
        var notes = new List<string>();
        progress?.Report("Scoring RFM segments");
        var days = TransactionSummary.FromTransactions(purchases, asOf, TimeUnit.Day);
        var rfm11 = RfmScorer.ScoreSummaries(days, options.Rfm with { Rules = RfmPresets.Rfm11 });
        var rf10 = RfmScorer.ScoreSummaries(days, options.Rfm with { Rules = RfmPresets.Rf10 });

        progress?.Report("Clustering behaviour");
        var behaviours = CustomerBehaviourBuilder.FromOrders(orders, data.Items, asOf);
        var clusters = Attempt(() => BehaviourClustering.Fit(behaviours, options.Clusters, cancellationToken), "clusters", notes);
        var micro = MicroSegments.Count(rfm11, behaviours).Take(MicroSegmentsKept).ToList();

        progress?.Report("Fitting BG/NBD and Gamma-Gamma");
        var weeks = TransactionSummary.FromTransactions(purchases, asOf, TimeUnit.Week);
        var bgNbd = Attempt(() => BgNbdFitter.Fit(weeks, cancellationToken), "BG/NBD", notes);
        var gammaGamma = bgNbd is null ? null : Attempt(() => GammaGammaFitter.Fit(weeks.Where(s => s.Frequency > 0 && s.MonetaryValue > 0).ToList(), cancellationToken),
            "Gamma-Gamma", notes);
        var values = bgNbd is not null && gammaGamma is not null
            ? Attempt(() => CustomerLifetimeValue.Compute(bgNbd, gammaGamma, weeks, options.LifetimeValue, cancellationToken), "CLV", notes)
            : null;

        progress?.Report("Training the churn model");
        var (churn, churnModel, quality) = Churn(orders, events, asOf, options.Churn, bgNbd, weeks, notes, cancellationToken);

        var customers = new CustomerInsight[days.Count];
        for (var i = 0; i < days.Count; i++)
        {
            var id = days[i].CustomerId;
            var r = rfm11[i];
            customers[i] = new CustomerInsight(
                id,
                new CustomerRfm(r.R, r.F, r.M, r.Segment, rf10[i].Segment),
                clusters is not null && clusters.Assignments.TryGetValue(id, out var cluster) ? cluster : null,
                values?[i],
                churn?.GetValueOrDefault(id));
        }

        var report = new CustomerAnalyticsReport(
            asOf,
            customers.Length,
            data.Customers.Count - consenting,
            Summaries(customers, clusters),
            clusters?.Clusters ?? [],
            micro,
            bgNbd,
            gammaGamma,
            options.LifetimeValue.HorizonMonths,
            options.Churn.HorizonDays,
            churnModel,
            quality,
            notes);
        return (report, customers);
    }

    /// <summary>
    /// Reads the shop, analyses it, and stores the report and every customer's results as a new
    /// version of kind <see cref="ModelKind"/>; null (nothing stored) when no consenting customer has bought anything.
    /// </summary>
    public static (int Version, CustomerAnalyticsReport Report)? TrainAndStore(
        ITailorStore store, string shopId, CustomerAnalyticsOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var data = store.ReadShopData(shopId, cancellationToken);
        if (!TransactionSummary.Purchases(Consenting(data).Orders).Any())
        {
            return null;
        }

        var (report, customers) = Analyse(data, options, progress, cancellationToken);

        var metrics = JsonSerializer.Serialize(new
        {
            report.Customers,
            report.WithoutAnalyticsConsent,
            Clusters = report.Clusters.Count,
            report.ChurnModel,
            ChurnAuc = report.ChurnQuality.ToDictionary(q => q.Name, q => q.Auc),
            report.Notes,
        }, Json);
        var version = store.SaveCustomerAnalytics(shopId, metrics, JsonSerializer.SerializeToUtf8Bytes(report, Json), customers);
        return (version, report);
    }

    /// <summary>The stored report of a model version's artefact.</summary>
    public static CustomerAnalyticsReport ReadReport(byte[] artefact) =>
        JsonSerializer.Deserialize<CustomerAnalyticsReport>(artefact, Json) ?? throw new ArgumentException("The artefact holds no report.", nameof(artefact));

    /// <summary>
    /// The part of a shop's data customer analytics may use: customers who consented to analytics, with
    /// their orders and events (anonymous ones dropped). Items, spend and sends are kept as they are.
    /// </summary>
    public static ShopData ForAnalytics(ShopData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (orders, events, _) = Consenting(data);
        return data with { Customers = data.Customers.Where(c => c.Consent.Analytics).ToList(), Orders = orders, Events = events };
    }

    /// <summary>Orders and events of the customers who consented to analytics, and how many those are.</summary>
    private static (List<Order> Orders, List<ShopEvent> Events, int Count) Consenting(ShopData data)
    {
        var consenting = data.Customers.Where(c => c.Consent.Analytics).Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        return (data.Orders.Where(o => o.CustomerId is not null && consenting.Contains(o.CustomerId)).ToList(),
            data.Events.Where(e => e.CustomerId is not null && consenting.Contains(e.CustomerId)).ToList(),
            consenting.Count);
    }

    /// <summary>
    /// Churn risk of every customer: the trees when, on the last horizon whose outcome is known, they
    /// rank churners at least as well as BG/NBD; BG/NBD's 1 - P(at least one purchase) otherwise.
    /// </summary>
    private static (Dictionary<string, ChurnRisk>? Risks, string? Model, IReadOnlyList<ScoreQuality> Quality) Churn(
        List<Order> orders, List<ShopEvent> events, DateTimeOffset asOf, ChurnOptions options, BgNbdModel? bgNbd,
        IReadOnlyList<CustomerSummary> weeks, List<string> notes, CancellationToken cancellationToken)
    {
        var history = ChurnHistory.From(orders, events);
        var evaluation = Attempt(() => ChurnPropensity.Evaluate(history, asOf.AddDays(-options.HorizonDays), options, cancellationToken), "churn evaluation", notes);
        IReadOnlyList<ScoreQuality> quality = evaluation is null ? [] : [evaluation.Boosted, evaluation.Recency, evaluation.BgNbd];
        if (evaluation is not null && (evaluation.Boosted.Auc >= evaluation.BgNbd.Auc || bgNbd is null))
        {
            var scores = Attempt(() => ChurnPropensity.Train(history, asOf, options, cancellationToken).Score(history, asOf, cancellationToken), "churn trees", notes);
            if (scores is not null)
            {
                return (scores.ToDictionary(s => s.CustomerId, s => new ChurnRisk(s.ChurnProbability, options.HorizonDays, "trees", s.Drivers), StringComparer.Ordinal),
                    "trees", quality);
            }
        }
        else if (evaluation is not null)
        {
            notes.Add($"churn: the trees ranked churners worse than BG/NBD on the last known horizon (AUC {evaluation.Boosted.Auc:F3} against {evaluation.BgNbd.Auc:F3}), so BG/NBD gives the risks.");
        }

        if (bgNbd is null)
        {
            return (null, null, quality);
        }

        var horizon = options.HorizonDays / TimeUnits.Days(TimeUnit.Week);
        return (weeks.ToDictionary(s => s.CustomerId, s => new ChurnRisk(1 - bgNbd.ProbabilityAtLeastOne(horizon, s), options.HorizonDays, "bgnbd", []), StringComparer.Ordinal),
            "bgnbd", quality);
    }

    private static List<SegmentSummary> Summaries(IReadOnlyList<CustomerInsight> customers, BehaviourClusters? clusters)
    {
        var summaries = new List<SegmentSummary>();
        summaries.AddRange(Group(customers, SegmentPreset.Rfm11, RfmPresets.Rfm11.Select(r => r.Name), c => c.Rfm.Rfm11, RfmSegmentDescriptions.Describe));
        summaries.AddRange(Group(customers, SegmentPreset.Rf10, RfmPresets.Rf10.Select(r => r.Name), c => c.Rfm.Rf10, RfmSegmentDescriptions.Describe));
        if (clusters is not null)
        {
            var descriptions = clusters.Clusters.ToDictionary(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c => c.Description, StringComparer.Ordinal);
            summaries.AddRange(Group(customers, SegmentPreset.Clusters, descriptions.Keys, c => c.Cluster?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                name => descriptions.GetValueOrDefault(name)));
        }

        return summaries;
    }

    /// <summary>Every named segment of a preset (empty ones too, so a marketer sees the whole map), largest first.</summary>
    private static IEnumerable<SegmentSummary> Group(
        IReadOnlyList<CustomerInsight> customers, SegmentPreset preset, IEnumerable<string> names, Func<CustomerInsight, string?> segmentOf, Func<string, string?> describe)
    {
        var members = customers.Where(c => segmentOf(c) is not null).ToLookup(c => segmentOf(c)!, StringComparer.Ordinal);
        return names.Concat(members.Select(g => g.Key)).Distinct(StringComparer.Ordinal)
            .Select(name =>
            {
                var group = members[name].ToList();
                return new SegmentSummary(preset, name, describe(name) ?? "", group.Count, customers.Count == 0 ? 0 : (double)group.Count / customers.Count,
                    Mean(group.Select(c => c.Value?.LifetimeValue)), Mean(group.Select(c => c.Churn?.Probability)));
            })
            .OrderByDescending(s => s.Customers).ThenBy(s => s.Name, StringComparer.Ordinal);
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().ToList();
        return known.Count == 0 ? null : known.Average();
    }

    /// <summary>Runs a part; when the data cannot support it, notes why and gives null.</summary>
    private static T? Attempt<T>(Func<T> part, string name, List<string> notes)
        where T : class
    {
        try
        {
            return part();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            notes.Add($"{name}: skipped, {e.Message}");
            return null;
        }
    }
}
