using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Marketing;
using Tailor.Simulation;

namespace Tailor.Bench;

/// <summary>
/// Audiences, send times, response propensity, fatigue and content planning on simulated shops, judged
/// by the simulator's true response model; and the speed of scoring 100,000 customers.
/// </summary>
internal static class AudienceBenchmark
{
    private const double BaseOpenRate = 0.475;

    public static string Run()
    {
        var ci = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine("## Audiences, send time and content");
        md.AppendLine();
        md.AppendLine(ci, $"- Machine: {MachineInfo.Describe()}");
        md.AppendLine(ci, $"- Load average when the run started: {MachineInfo.LoadAverage(all: true)} (the machine is shared; timings on a busy machine are inflated)");
        md.AppendLine(ci, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine("- Command: `bench/run audience` (in process; data and ground truth from the shop simulator)");
        md.AppendLine();

        var shops = new[]
        {
            ("2,000 customers, seed 42", new ShopSimulatorOptions()),
            ("10,000 customers, seed 7", new ShopSimulatorOptions { Customers = 10_000, Seed = 7 }),
        }.Select(s => (s.Item1, s.Item2, ShopSimulator.Generate(s.Item2))).ToList();

        Profit(md, shops);
        Propensity(md, shops);
        SendTimes(md, shops);
        Fatigue(md, shops);
        Content(md);
        Speed(md);
        return md.ToString();
    }

    private static void Profit(StringBuilder md, List<(string Name, ShopSimulatorOptions Options, SimulatedShop Shop)> shops)
    {
        var ci = CultureInfo.InvariantCulture;
        md.AppendLine("### Campaign profit by the true response model");
        md.AppendLine();
        md.AppendLine(ci, $"An email planned for the day after the simulated period (subject-line open rate {BaseOpenRate}, no featured category), valued by `PlannedEmailTruth`: the simulator's own open, click and conversion probabilities (hour, preferred channel, activity, fatigue) times the average order value, less the contact cost. The audience is chosen by `AudiencePlanner` from the data alone; (c) scores and sends each customer at the hour `SendTimePlanner` drew for them. The oracle chooses with the true model and sends at each customer's true preferred hour: an upper bound no data can reach.");
        md.AppendLine();
        md.AppendLine("| shop | cost per contact | (a) everyone with consent at 10:00 | (b) audience at 10:00 | (c) audience at recommended times | oracle |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, options, shop) in shops)
        {
            var day = Day(options);
            var atTen = day.AddHours(10);
            var fit = ResponsePropensity.Fit(shop.Data, new ResponsePropensityOptions());
            var times = SendTimePlanner.Plan(shop.Data).SendTimes(day);
            var consenting = shop.Customers.Where(c => c.Consent.EmailMarketing).Select(c => c.ExternalId).ToList();
            foreach (var cost in new[] { 0.05, 0.1, 0.2 })
            {
                var campaign = new PlannedEmailCampaign(BaseOpenRate, null, cost);
                var options2 = new AudienceOptions { Channel = "email", CostPerContact = cost };
                var everyone = PlannedEmailTruth.Evaluate(shop, campaign, consenting.Select(id => (id, atTen)));
                var b = AudiencePlanner.Plan(shop.Data, options2, fit, atTen).Plan.Members;
                var audience = PlannedEmailTruth.Evaluate(shop, campaign, b.Select(m => (m.CustomerId, atTen)));
                var c = AudiencePlanner.Plan(shop.Data, options2, fit, atTen, times).Plan.Members;
                var timed = PlannedEmailTruth.Evaluate(shop, campaign, c.Select(m => (m.CustomerId, times[m.CustomerId])));
                var oracle = PlannedEmailTruth.Evaluate(shop, campaign, consenting
                    .Select(id => (id, day.AddHours(shop.Truth.Customer(id).PreferredHour)))
                    .Where(contact => PlannedEmailTruth.Evaluate(shop, campaign, [contact]).Profit > 0));
                md.AppendLine(ci, $"| {name} | {cost:F2} | {Cell(everyone)} | {Cell(audience)} | {Cell(timed)} | {Cell(oracle)} |");
            }
        }

        md.AppendLine();
        md.AppendLine("Each cell: expected profit (contacts). `CampaignProfitTests` asserts (b) and (c) above (a) on the 2,000-customer shop at 0.20 a contact. At 0.05 nearly every customer is worth an email, so (b) equals (a) there and only the send time adds profit.");
        md.AppendLine();
    }

    private static void Propensity(StringBuilder md, List<(string Name, ShopSimulatorOptions Options, SimulatedShop Shop)> shops)
    {
        var ci = CultureInfo.InvariantCulture;
        md.AppendLine("### Response propensity on later sends (email)");
        md.AppendLine();
        md.AppendLine("Trained on each shop's first 75 % of sends, measured on the last 25 %. The baseline is the customer's own past rate of the outcome, shrunk towards the channel's (a Beta-Binomial posterior mean with a fitted strength); the past open rate is also shown as a rank.");
        md.AppendLine();
        md.AppendLine("| shop | outcome | model | test sends | rate | model AUC | model log-loss | past rate AUC | past rate log-loss | past open rate AUC | true model AUC |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, _, shop) in shops)
        {
            foreach (var outcome in new[] { ResponsePropensityOutcome.Open, ResponsePropensityOutcome.Conversion })
            {
                var e = ResponsePropensity.Evaluate(shop.Data, new ResponsePropensityOptions { Outcome = outcome }).For("email")!;
                md.AppendLine(ci,
                    $"| {name} | {outcome.ToString().ToLowerInvariant()} | {e.Description} | {e.TestSends:N0} | {e.TestResponseRate:P2} | {e.Model!.Auc:F3} | {e.Model.LogLoss:F4} | {e.PastRate.Auc:F3} | {e.PastRate.LogLoss:F4} | {(e.PastOpenRate is { } o ? o.Auc.ToString("F3", ci) : "-")} | {TrueAuc(shop, e.Cutoff, outcome):F3} |");
            }
        }

        md.AppendLine();
        md.AppendLine("The last column ranks the same test sends by the simulator's true probabilities: the ceiling. Part of the true conversion AUC comes from the campaign's category (customers click more on a favourite), which sends do not record.");
        md.AppendLine();
    }

    private static void SendTimes(StringBuilder md, List<(string Name, ShopSimulatorOptions Options, SimulatedShop Shop)> shops)
    {
        var ci = CultureInfo.InvariantCulture;
        md.AppendLine("### Send time");
        md.AppendLine();
        md.AppendLine("The simulated campaigns go out on 2-4 days a month: too few days for hour-of-week slots, so the plans use hours of the day and say so. Share of customers with at least 20 sends whose hour is within an hour of their true preferred hour, and the true expected opens of one email to every customer with consent.");
        md.AppendLine();
        md.AppendLine("| shop | grid | best hour near truth | Thompson draw near truth | 10:00 near truth | opens at Thompson draws | opens at best hours | opens at 10:00 |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, options, shop) in shops)
        {
            var day = Day(options);
            var plan = SendTimePlanner.Plan(shop.Data);
            var experienced = plan.Recommendations.Where(r => r.Sends >= 20).ToList();
            double Near(Func<SendTimeRecommendation, int> hour) =>
                experienced.Average(r => EmailResponseTruth.HourDistance(hour(r), shop.Truth.Customer(r.CustomerId).PreferredHour) <= 1 ? 1.0 : 0);
            double Opens(Func<SendTimeRecommendation, int> hour) => PlannedEmailTruth.Evaluate(
                shop, new PlannedEmailCampaign(BaseOpenRate, null, 0), plan.Recommendations.Select(r => (r.CustomerId, day.AddHours(hour(r))))).ExpectedOpens;
            md.AppendLine(ci,
                $"| {name} | {plan.Grid} | {Near(r => r.BestHour):P1} | {Near(r => r.Hour):P1} | {Near(_ => 10):P1} | {Opens(r => r.Hour):N0} | {Opens(r => r.BestHour):N0} | {Opens(_ => 10):N0} |");
        }

        md.AppendLine();
    }

    private static void Fatigue(StringBuilder md, List<(string Name, ShopSimulatorOptions Options, SimulatedShop Shop)> shops)
    {
        var ci = CultureInfo.InvariantCulture;
        md.AppendLine("### Fatigue and frequency cap");
        md.AppendLine();
        md.AppendLine("True model: each extra send in 30 days costs 6 % of the open rate; unsubscribes are 0.15 % x (1 + 0.5 (k - 1)^2). The default limits (response at least 80 % of a lone send's, unsubscribes at most 3 times) give a cap of 3 on the true curves, the third send being exactly at 3 times.");
        md.AppendLine();
        md.AppendLine("| shop | decay per send (true 0.060) | unsubscribes k=1..4, fitted (true 0.15, 0.23, 0.45, 0.83 %) | recommended cap |");
        md.AppendLine("|---|---:|---|---:|");
        foreach (var (name, _, shop) in shops)
        {
            var report = FatigueAnalysis.Analyse(shop.CampaignSends);
            var unsubscribes = string.Join(", ", report.Levels.Take(4).Select(l => (100 * l.FittedUnsubscribeRate).ToString("F2", ci)));
            md.AppendLine(ci, $"| {name} | {report.DecayPerSend:F3} | {unsubscribes} % | {report.RecommendedCap} |");
        }

        md.AppendLine();
    }

    private static void Content(StringBuilder md)
    {
        var ci = CultureInfo.InvariantCulture;
        md.AppendLine("### Content planning against the simulator's choice model");
        md.AppendLine();
        md.AppendLine("Shops of 3,000 customers and 1,000 items, a fifth of them content (about 20 pieces a category). Truth per category: the views a new piece with the category's mean factors and average appeal would draw from the customers who read content in the window, sum of views x exp(taste . factors) / (sum over the pieces on offer of exp(taste . factors + appeal)). Launch boosts and anonymous readers are left out of it, so this is a check of the ranking, not of the figures.");
        md.AppendLine();
        md.AppendLine("| seed | Spearman (views per piece a month vs truth) | top category |");
        md.AppendLine("|---:|---:|---|");
        foreach (var seed in new[] { 42, 7, 3 })
        {
            var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 3000, Items = 1000, ContentShare = 0.2, Seed = seed });
            var plan = ContentPlanner.Plan(shop.Data);
            var truth = ContentTruth(shop, plan.WindowStart, plan.WindowEnd);
            var categories = plan.Opportunities.Where(o => truth.ContainsKey(o.Category)).ToList();
            var rho = Spearman(categories.Select(o => o.ViewsPerItemMonth).ToArray(), categories.Select(o => truth[o.Category]).ToArray());
            md.AppendLine(ci, $"| {seed} | {rho:F2} | {plan.Opportunities[0].Category} |");
        }

        md.AppendLine();
    }

    private static void Speed(StringBuilder md)
    {
        var ci = CultureInfo.InvariantCulture;
        var options = new ShopSimulatorOptions { Customers = 100_000, Items = 300, Days = 180, Seed = 5 };
        var shop = ShopSimulator.Generate(options);
        var clock = Stopwatch.StartNew();
        var fit = ResponsePropensity.Fit(shop.Data, new ResponsePropensityOptions());
        var training = clock.Elapsed.TotalSeconds;
        var sendAt = Day(options).AddHours(10);
        var audienceOptions = new AudienceOptions { Channel = "email", CostPerContact = 0.2 };
        var values = AudienceValues.Estimate(shop.Orders, sendAt, null);
        double history = 0, scoring = 0, selection = 0;
        var runs = new List<(double History, double Scoring, double Selection)>();
        AudiencePlan? plan = null;
        for (var run = 0; run < 3; run++)
        {
            clock.Restart();
            var timeline = ResponsePropensityTimeline.Build(shop.Data, default);
            history = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var ticks = new long[shop.Customers.Count];
            Array.Fill(ticks, sendAt.UtcTicks);
            var scores = fit.Model.Score(timeline, shop.Customers.Count, "email", ticks, default);
            scoring = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var candidates = new AudienceCandidate[scores.Count];
            for (var i = 0; i < candidates.Length; i++)
            {
                var customer = shop.Customers[i];
                candidates[i] = new AudienceCandidate(customer.ExternalId, scores[i].Probability, values.For(customer.ExternalId), customer.Consent.EmailMarketing, scores[i].RecentSends);
            }

            plan = AudienceSelector.Select(candidates, audienceOptions);
            selection = clock.Elapsed.TotalSeconds;
            runs.Add((history, scoring, selection));
        }

        clock.Restart();
        var full = AudiencePlanner.Plan(shop.Data, audienceOptions, fit, sendAt);
        var end = clock.Elapsed.TotalSeconds;
        runs.Sort((x, y) => (x.Scoring + x.Selection).CompareTo(y.Scoring + y.Selection));
        var median = runs[1];
        md.AppendLine("### Speed: audience scoring of 100,000 customers");
        md.AppendLine();
        md.AppendLine(ci, $"A simulated shop of {shop.Customers.Count:N0} customers over {options.Days} days: {shop.CampaignSends.Count:N0} sends, {shop.Orders.Count:N0} orders, {shop.Events.Count:N0} events. Median of 3 runs (by scoring plus selection).");
        md.AppendLine();
        md.AppendLine("| what | time |");
        md.AppendLine("|---|---:|");
        md.AppendLine(ci, $"| **scoring (features, two tree stages, calibration) + selection of {shop.Customers.Count:N0} customers** | **{median.Scoring + median.Selection:F2} s** ({median.Scoring:F2} + {median.Selection:F2}) |");
        md.AppendLine(ci, $"| per-customer histories from the raw sends, orders and events (once per plan) | {median.History:F2} s |");
        md.AppendLine(ci, $"| `AudiencePlanner.Plan` end to end, with the Gamma-Gamma values and recent-send counts | {end:F2} s |");
        md.AppendLine(ci, $"| training and measuring the conversion funnel (`ResponsePropensity.Fit`) | {training:F1} s |");
        md.AppendLine();
        md.AppendLine(ci, $"The audience: {plan!.Members.Count:N0} customers ({full.Plan.Cutoff}).");
        md.AppendLine();
    }

    /// <summary>AUC of the true open (or conversion) probabilities of the sends at or after the cut-off.</summary>
    private static double TrueAuc(SimulatedShop shop, DateTimeOffset cutoff, ResponsePropensityOutcome outcome)
    {
        var truth = shop.Truth;
        var email = truth.Email;
        var campaigns = truth.Campaigns.ToDictionary(c => c.CampaignId, StringComparer.Ordinal);
        var recent = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var scores = new List<double>();
        var labels = new List<bool>();
        foreach (var send in shop.CampaignSends.OrderBy(s => s.SentAt))
        {
            if (!recent.TryGetValue(send.CustomerId, out var times))
            {
                times = [];
                recent.Add(send.CustomerId, times);
            }

            times.RemoveAll(t => t <= send.SentAt.AddDays(-30));
            times.Add(send.SentAt);
            if (send.SentAt < cutoff)
            {
                continue;
            }

            var customer = truth.Customer(send.CustomerId);
            var campaign = campaigns[send.CampaignId];
            var active = customer.DropoutAt is not { } dropout || dropout > send.SentAt;
            var open = email.OpenProbability(
                campaign.Variants.First(v => v.Variant == send.Variant).BaseOpenRate, send.SentAt.UtcDateTime.Hour, customer.PreferredHour,
                customer.PreferredChannel, active, times.Count);
            var click = customer.FavouriteCategories.Contains(campaign.Category) ? email.ClickFavourite : email.ClickOther;
            scores.Add(outcome == ResponsePropensityOutcome.Open ? open : open * click * (active ? email.ConversionGivenClick : 0));
            labels.Add(outcome.IsResponse(send));
        }

        return BinaryMetrics.Auc(scores, labels);
    }

    private static DateTimeOffset Day(ShopSimulatorOptions options) =>
        new(options.Start.AddDays(options.Days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Cell(PlannedEmailOutcome outcome) => string.Format(CultureInfo.InvariantCulture, "{0:N1} ({1:N0})", outcome.Profit, outcome.Contacts);

    private static Dictionary<string, double> ContentTruth(SimulatedShop shop, DateTimeOffset start, DateTimeOffset end)
    {
        var truth = shop.Truth;
        var content = shop.Items.Where(i => i.Kind == ItemKind.Content && i.Available && (i.CreatedAt is null || i.CreatedAt <= end)).ToList();
        var ids = content.Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        var readers = shop.Events.Where(e => e.CustomerId is not null && e.Type == EventTypes.View && e.Timestamp >= start && e.ItemId is not null && ids.Contains(e.ItemId))
            .GroupBy(e => e.CustomerId!).ToDictionary(g => g.Key, g => g.Count());
        var dimensions = truth.Items[0].Factors.Count;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var normaliser = readers.ToDictionary(r => r.Key, r =>
        {
            var taste = truth.Customer(r.Key).Taste;
            return content.Sum(c => Math.Exp(Dot(taste, truth.Item(c.ExternalId).Factors) + truth.Item(c.ExternalId).Popularity));
        });
        foreach (var category in content.Select(c => c.Category!).Distinct())
        {
            var pieces = content.Where(c => c.Category == category).Select(c => truth.Item(c.ExternalId).Factors).ToList();
            var mean = Enumerable.Range(0, dimensions).Select(d => pieces.Average(f => f[d])).ToArray();
            result[category] = readers.Sum(r => r.Value * Math.Exp(Dot(truth.Customer(r.Key).Taste, mean)) / normaliser[r.Key]);
        }

        return result;
    }

    private static double Dot(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Count; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Spearman(double[] x, double[] y)
    {
        var rx = Ranks(x);
        var ry = Ranks(y);
        double mx = rx.Average(), my = ry.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ranks[order[i]] = i;
        }

        return ranks;
    }
}
