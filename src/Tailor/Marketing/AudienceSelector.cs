using System.Globalization;

namespace Tailor.Marketing;

/// <summary>
/// Chooses a campaign's audience: customers ranked by expected incremental value (propensity x
/// conversion value x margin - cost per contact), without those who lack consent or would exceed the
/// frequency cap, taken from the top while the value stays positive and the budget lasts.
/// </summary>
public static class AudienceSelector
{
    /// <summary>Selects the audience from scored candidates.</summary>
    /// <param name="candidates">Every customer who could be contacted, with propensity and value.</param>
    /// <param name="options">Channel, cost, budget, margin, frequency cap and limits.</param>
    /// <exception cref="ArgumentException">Options out of range, or a candidate with a propensity outside [0, 1] or a negative value.</exception>
    public static AudiencePlan Select(IReadOnlyList<AudienceCandidate> candidates, AudienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var cost = options.CostPerContact;
        var values = new double[candidates.Count];
        var eligible = new List<int>(candidates.Count);
        int withoutConsent = 0, capped = 0, cappedPositive = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!(c.Propensity is >= 0 and <= 1) || !(double.IsFinite(c.ConversionValue) && c.ConversionValue >= 0))
            {
                throw new ArgumentException(
                    $"Candidate '{c.CustomerId}' has propensity {c.Propensity} and value {c.ConversionValue}; the propensity must be in [0, 1] and the value finite and at least 0.",
                    nameof(candidates));
            }

            values[i] = (c.Propensity * c.ConversionValue * options.Margin) - cost;
            if (options.RequireMarketingConsent && !c.HasConsent)
            {
                withoutConsent++;
            }
            else if (options.FrequencyCap is { } cap && c.RecentSends + 1 > cap)
            {
                capped++;
                cappedPositive += values[i] > 0 ? 1 : 0;
            }
            else
            {
                eligible.Add(i);
            }
        }

        var order = Rank(eligible, values, candidates);

        var affordable = options.Budget is { } budget && cost > 0 ? (long)Math.Floor((budget / cost) + 1e-9) : long.MaxValue;
        var limit = Math.Min(affordable, options.MaxContacts ?? long.MaxValue);
        var members = new List<AudienceMember>();
        double revenue = 0, conversions = 0, profit = 0;
        var taken = 0;
        while (taken < order.Length && taken < limit && values[order[taken]] > 0)
        {
            var c = candidates[order[taken]];
            members.Add(new AudienceMember(c.CustomerId, taken + 1, c.Propensity, c.ConversionValue, values[order[taken]]));
            conversions += c.Propensity;
            revenue += c.Propensity * c.ConversionValue;
            profit += values[order[taken]];
            taken++;
        }

        double? next = taken < order.Length ? values[order[taken]] : null;
        var cutoff = order.Length == 0 ? AudienceCutoff.NoEligibleCustomers
            : taken == order.Length ? AudienceCutoff.EveryoneSelected
            : values[order[taken]] <= 0 ? AudienceCutoff.NoPositiveValue
            : taken >= affordable ? AudienceCutoff.Budget
            : AudienceCutoff.ContactLimit;
        var totalCost = taken * cost;
        var explanation = Explain(options, cutoff, taken, totalCost, next, next is null ? null : candidates[order[taken]], capped, cappedPositive);
        return new AudiencePlan(
            options.Channel, cost, options.Budget, candidates.Count, withoutConsent, capped, cappedPositive, members, totalCost, conversions, revenue,
            profit, cutoff, next, explanation);
    }

    /// <summary>
    /// Eligible candidates by expected value, highest first; ties go to the customer id so the same data
    /// always gives the same list. A key sort, then the rare runs of equal values by id: a comparison
    /// delegate over 100,000 candidates costs several times more.
    /// </summary>
    private static int[] Rank(List<int> eligible, double[] values, IReadOnlyList<AudienceCandidate> candidates)
    {
        var order = eligible.ToArray();
        var keys = Array.ConvertAll(order, i => -values[i]);
        Array.Sort(keys, order);
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((x, y) => string.CompareOrdinal(candidates[x].CustomerId, candidates[y].CustomerId)));
            }

            start = end;
        }

        return order;
    }

    private static string Explain(
        AudienceOptions options, AudienceCutoff cutoff, int taken, double totalCost, double? next, AudienceCandidate? nextCandidate, int capped, int cappedPositive)
    {
        var ci = CultureInfo.InvariantCulture;
        var left = options.Budget is { } b ? string.Format(ci, "; {0:N2} of the budget of {1:N2} is left", b - totalCost, b) : "";
        var text = cutoff switch
        {
            AudienceCutoff.Budget => string.Format(
                ci, "The budget of {0:N2} pays for {1:N0} contacts at {2:N2} each; the next customer would still have added {3:N4} expected profit.",
                options.Budget, taken, options.CostPerContact, next),
            AudienceCutoff.NoPositiveValue => string.Format(
                ci, "Stopped after {0:N0} customers: the next one's expected incremental value is {1:N4} (propensity {2:G3} x value {3:N2} x margin {4:G3} - cost {5:N2}), so contacting them would lose money{6}.",
                taken, next, nextCandidate?.Propensity, nextCandidate?.ConversionValue, options.Margin, options.CostPerContact, left),
            AudienceCutoff.ContactLimit => string.Format(
                ci, "Stopped at the limit of {0:N0} contacts; the next customer would still have added {1:N4} expected profit.", taken, next),
            AudienceCutoff.EveryoneSelected => string.Format(
                ci, "All {0:N0} eligible customers have a positive expected incremental value and fit the budget{1}.", taken, left),
            _ => "No customer is eligible: none has marketing consent within the frequency cap.",
        };
        if (options.FrequencyCap is { } cap && capped > 0)
        {
            text += string.Format(
                ci, " The frequency cap of {0} sends in {1} days held back {2:N0} customers, {3:N0} of whom had a positive expected value.",
                cap, options.FrequencyWindowDays, capped, cappedPositive);
        }

        return text;
    }
}
