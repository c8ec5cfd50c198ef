using System.Globalization;
using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// Measures fatigue from campaign sends: each send's level is the number of sends the customer had in
/// the window before it, itself included. Response at each level is compared with what the
/// customer's and the campaign's own rates predict (indirect standardisation: a customer who gets
/// many sends is usually a keener one, and that must not pass for immunity to fatigue), relative to
/// level 1; a line 1 - decay x (k - 1) is fitted to that, and a log-linear Poisson curve to the
/// unsubscribe rates. The recommended cap is the highest level at which the fitted response and
/// unsubscribe rate both stay within the limits of <see cref="FatigueOptions"/>.
/// </summary>
public static class FatigueAnalysis
{
    /// <summary>Analyses fatigue with default options.</summary>
    /// <inheritdoc cref="Analyse(IReadOnlyList{CampaignSend}, FatigueOptions)"/>
    public static FatigueReport Analyse(IReadOnlyList<CampaignSend> sends) => Analyse(sends, new FatigueOptions());

    /// <summary>Analyses fatigue across all channels' sends.</summary>
    /// <param name="sends">The shop's campaign sends.</param>
    /// <param name="options">Window, outcome and the limits of the cap.</param>
    /// <exception cref="ArgumentException">Options out of range.</exception>
    public static FatigueReport Analyse(IReadOnlyList<CampaignSend> sends, FatigueOptions options)
    {
        ArgumentNullException.ThrowIfNull(sends);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var flag = options.Outcome;
        if (sends.Count == 0)
        {
            return new FatigueReport(options.WindowDays, [], 0, 0, 1, null, "There are no campaign sends to measure fatigue on.");
        }

        // Each send as (customer, campaign, level, response, unsubscribe).
        var customerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var campaignIndex = new Dictionary<(string, string?), int>();
        var rows = new List<(int Customer, int Campaign, int Level, bool Response, bool Unsubscribed)>(sends.Count);
        foreach (var group in sends.GroupBy(s => s.CustomerId, StringComparer.Ordinal))
        {
            var customer = customerIndex.Count;
            customerIndex.Add(group.Key, customer);
            var own = group.OrderBy(s => s.SentAt).ToArray();
            var from = 0;
            for (var i = 0; i < own.Length; i++)
            {
                while (own[from].SentAt <= own[i].SentAt.AddDays(-options.WindowDays))
                {
                    from++;
                }

                var key = (own[i].CampaignId, own[i].Variant);
                if (!campaignIndex.TryGetValue(key, out var campaign))
                {
                    campaign = campaignIndex.Count;
                    campaignIndex.Add(key, campaign);
                }

                rows.Add((customer, campaign, i - from + 1, flag.IsResponse(own[i]), own[i].Unsubscribed));
            }
        }

        var counts = rows.GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Count());
        if (counts.GetValueOrDefault(1) < options.MinimumSendsPerLevel)
        {
            return new FatigueReport(
                options.WindowDays, [], 0, 0, 1, null,
                string.Format(CultureInfo.InvariantCulture, "Only {0} sends were the first in their {1}-day window; at least {2} are needed to compare later sends with.",
                    counts.GetValueOrDefault(1), options.WindowDays, options.MinimumSendsPerLevel));
        }

        if (!rows.Exists(r => r.Response))
        {
            return new FatigueReport(options.WindowDays, [], 0, 0, 1, null, "No send got the response, so fatigue cannot be measured.");
        }

        var top = 1;
        while (counts.GetValueOrDefault(top + 1) >= options.MinimumSendsPerLevel)
        {
            top++;
        }

        var sent = new int[top + 1];
        var responded = new int[top + 1];
        var unsubscribed = new int[top + 1];
        foreach (var row in rows)
        {
            var k = Math.Min(row.Level, top);
            sent[k]++;
            responded[k] += row.Response ? 1 : 0;
            unsubscribed[k] += row.Unsubscribed ? 1 : 0;
        }

        var (relative, expected) = LevelFactors(rows, customerIndex.Count, campaignIndex.Count, top);

        // Weighted least squares of relative[k] = 1 - decay (k - 1), weights the expected responses.
        double numerator = 0, denominator = 0;
        for (var k = 2; k <= top; k++)
        {
            numerator += expected[k] * (k - 1) * (1 - relative[k]);
            denominator += expected[k] * (k - 1) * (k - 1);
        }

        var decay = denominator > 0 ? Math.Max(0, numerator / denominator) : 0;
        var (baseRate, growth) = FitUnsubscribes(sent, unsubscribed, top);
        var table = new List<FatigueLevel>(top);
        for (var k = 1; k <= top; k++)
        {
            table.Add(new FatigueLevel(
                k, sent[k], responded[k], expected[k], relative[k], Math.Max(0, 1 - (decay * (k - 1))), unsubscribed[k],
                unsubscribed[k] / (double)sent[k], baseRate * Math.Pow(growth, k - 1)));
        }

        var (cap, reason) = Cap(options, decay, growth, top);
        return new FatigueReport(options.WindowDays, table, decay, baseRate, growth, cap, reason);
    }

    /// <summary>
    /// Fits response = customer rate x campaign factor x level factor by alternating updates, each
    /// factor set to its observed responses over those the other two predict (the fixed point is the
    /// maximum-likelihood fit of a Poisson model of responses). Comparing a send with the customer's
    /// own plain average would hide fatigue: a customer sent to often has an average already lowered
    /// by it. Returns the level factors relative to level 1 and the responses expected without fatigue.
    /// </summary>
    private static (double[] Relative, double[] Expected) LevelFactors(
        List<(int Customer, int Campaign, int Level, bool Response, bool Unsubscribed)> rows, int customers, int campaigns, int top)
    {
        var overall = rows.Count(r => r.Response) / (double)rows.Count;
        var customer = new double[customers];
        var campaign = new double[campaigns];
        var level = new double[top + 1];
        Array.Fill(customer, Math.Max(overall, 1e-9));
        Array.Fill(campaign, 1.0);
        Array.Fill(level, 1.0);
        var observed = new double[Math.Max(customers, Math.Max(campaigns, top + 1))];
        var predicted = new double[observed.Length];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            // Customers, with one pseudo-send at the overall rate so a customer who never responded keeps a small rate.
            Update(customer, r => r.Customer, (r, value) => value * campaign[r.Campaign] * level[Math.Min(r.Level, top)], overall);
            Update(campaign, r => r.Campaign, (r, value) => customer[r.Customer] * value * level[Math.Min(r.Level, top)], 0);
            Update(level, r => Math.Min(r.Level, top), (r, value) => customer[r.Customer] * campaign[r.Campaign] * value, 0);
        }

        var relative = new double[top + 1];
        var expected = new double[top + 1];
        foreach (var r in rows)
        {
            expected[Math.Min(r.Level, top)] += customer[r.Customer] * campaign[r.Campaign];
        }

        for (var k = 1; k <= top; k++)
        {
            relative[k] = level[k] / level[1];
            expected[k] *= level[1];
        }

        return (relative, expected);

        void Update(double[] factor, Func<(int Customer, int Campaign, int Level, bool Response, bool Unsubscribed), int> key,
            Func<(int Customer, int Campaign, int Level, bool Response, bool Unsubscribed), double, double> prediction, double pseudo)
        {
            Array.Clear(observed, 0, factor.Length);
            Array.Clear(predicted, 0, factor.Length);
            foreach (var r in rows)
            {
                var k = key(r);
                observed[k] += r.Response ? 1 : 0;
                predicted[k] += prediction(r, 1.0);
            }

            for (var k = 0; k < factor.Length; k++)
            {
                if (predicted[k] > 0)
                {
                    factor[k] = (observed[k] + pseudo) / (predicted[k] + (pseudo > 0 ? 1 : 0));
                }
            }
        }
    }

    private static (int Cap, string Reason) Cap(FatigueOptions options, double decay, double growth, int top)
    {
        var ci = CultureInfo.InvariantCulture;
        for (var k = 2; k <= top; k++)
        {
            var response = 1 - (decay * (k - 1));
            var unsubscribes = Math.Pow(growth, k - 1);
            if (response < options.MinimumRelativeResponse)
            {
                return (k - 1, string.Format(
                    ci, "A {0} send within {1} days gets {2:P0} of a lone send's response (fitted decay {3:P1} a send), below the limit of {4:P0}.",
                    Ordinal(k), options.WindowDays, response, decay, options.MinimumRelativeResponse));
            }

            if (unsubscribes > options.MaximumUnsubscribeMultiple)
            {
                return (k - 1, string.Format(
                    ci, "A {0} send within {1} days brings {2:F1} times a lone send's unsubscribe rate (fitted growth x{3:F2} a send), above the limit of {4:F1} times.",
                    Ordinal(k), options.WindowDays, unsubscribes, growth, options.MaximumUnsubscribeMultiple));
            }
        }

        return (top, string.Format(
            ci, "Up to {0} sends within {1} days neither response nor unsubscribes crossed the limits; the data has too few sends beyond that to say more.",
            top, options.WindowDays));
    }

    private static string Ordinal(int k) => k switch
    {
        2 => "2nd",
        3 => "3rd",
        _ => k.ToString(CultureInfo.InvariantCulture) + "th",
    };

    /// <summary>Poisson regression log(rate_k) = a + g (k - 1) by Newton's method; returns (e^a, e^g).</summary>
    private static (double Base, double Growth) FitUnsubscribes(int[] sent, int[] unsubscribed, int top)
    {
        var total = 0;
        long sends = 0;
        for (var k = 1; k <= top; k++)
        {
            total += unsubscribed[k];
            sends += sent[k];
        }

        if (total == 0)
        {
            return (0, 1);
        }

        double a = Math.Log(total / (double)sends), g = 0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gg = 0, haa = 0, hag = 0, hgg = 0;
            for (var k = 1; k <= top; k++)
            {
                var x = k - 1;
                var mu = sent[k] * Math.Exp(a + (g * x));
                ga += mu - unsubscribed[k];
                gg += (mu - unsubscribed[k]) * x;
                haa += mu;
                hag += mu * x;
                hgg += mu * x * x;
            }

            var determinant = (haa * hgg) - (hag * hag);
            if (determinant <= 1e-12)
            {
                break;
            }

            var da = ((hgg * ga) - (hag * gg)) / determinant;
            var dg = ((haa * gg) - (hag * ga)) / determinant;

            // Damped steps keep a zero count at one level from sending g to minus infinity at once.
            var step = Math.Min(1, 2 / Math.Max(Math.Abs(da), Math.Abs(dg)));
            a -= step * da;
            g -= step * dg;
            if (Math.Abs(da) + Math.Abs(dg) < 1e-10)
            {
                break;
            }
        }

        return (Math.Exp(a), Math.Exp(g));
    }
}
