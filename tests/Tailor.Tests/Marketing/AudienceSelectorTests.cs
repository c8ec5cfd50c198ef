using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

public class AudienceSelectorTests
{
    // Expected incremental values at margin 0.5 and cost 1: a 0.1 x 100 x 0.5 - 1 = 4, b 0.05 x 80 x 0.5 - 1 = 1,
    // c 0.02 x 200 x 0.5 - 1 = 1, d 0.01 x 100 x 0.5 - 1 = -0.5, e 0.3 x 100 x 0.5 - 1 = 14 (no consent),
    // f 0.2 x 100 x 0.5 - 1 = 9 (already 3 sends in the window).
    private static readonly AudienceCandidate[] Candidates =
    [
        new("d", 0.01, 100, true, 0),
        new("c", 0.02, 200, true, 1),
        new("a", 0.10, 100, true, 0),
        new("e", 0.30, 100, false, 0),
        new("b", 0.05, 80, true, 2),
        new("f", 0.20, 100, true, 3),
    ];

    private static AudienceOptions Options => new() { Channel = "email", CostPerContact = 1, Margin = 0.5, FrequencyCap = 3 };

    [Fact]
    public void Customers_are_ranked_by_expected_incremental_value_and_stop_where_it_turns_negative()
    {
        var plan = AudienceSelector.Select(Candidates, Options);

        // b and c tie at 1; the id breaks the tie.
        Assert.Equal(["a", "b", "c"], plan.Members.Select(m => m.CustomerId));
        Assert.Equal([4, 1, 1], plan.Members.Select(m => m.ExpectedValue), (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal([1, 2, 3], plan.Members.Select(m => m.Rank));
        Assert.Equal(AudienceCutoff.NoPositiveValue, plan.Cutoff);
        Assert.Equal(-0.5, plan.NextExpectedValue!.Value, 12);
        Assert.Equal(1, plan.WithoutConsent);
        Assert.Equal(1, plan.FrequencyCapped);
        Assert.Equal(1, plan.FrequencyCappedWithPositiveValue);
        Assert.Equal(3, plan.TotalCost, 12);
        Assert.Equal(0.17, plan.ExpectedConversions, 12);
        Assert.Equal(10 + 4 + 4, plan.ExpectedRevenue, 12);
        Assert.Equal(6, plan.ExpectedProfit, 12);
        Assert.Contains("-0.5000", plan.Explanation, StringComparison.Ordinal);
        Assert.Contains("held back 1 customers, 1 of whom had a positive expected value", plan.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_cuts_the_list_when_the_next_customer_is_still_profitable()
    {
        var plan = AudienceSelector.Select(Candidates, Options with { Budget = 2.5 });

        Assert.Equal(["a", "b"], plan.Members.Select(m => m.CustomerId));
        Assert.Equal(AudienceCutoff.Budget, plan.Cutoff);
        Assert.Equal(1, plan.NextExpectedValue!.Value, 12);
        Assert.StartsWith("The budget of 2.50 pays for 2 contacts at 1.00 each", plan.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_consent_and_the_cap_are_each_named_when_they_bind()
    {
        var limited = AudienceSelector.Select(Candidates, Options with { MaxContacts = 1 });
        var noCap = AudienceSelector.Select(Candidates, Options with { FrequencyCap = null, RequireMarketingConsent = false });
        var cheap = AudienceSelector.Select(Candidates, Options with { CostPerContact = 0 });
        var nobody = AudienceSelector.Select([new("x", 0.5, 10, false, 0)], Options);

        Assert.Equal(AudienceCutoff.ContactLimit, limited.Cutoff);
        Assert.Equal(["a"], limited.Members.Select(m => m.CustomerId));
        Assert.Equal(["e", "f", "a", "b", "c"], noCap.Members.Select(m => m.CustomerId));
        Assert.Equal(AudienceCutoff.EveryoneSelected, cheap.Cutoff);
        Assert.Equal(4, cheap.Members.Count);
        Assert.Equal(AudienceCutoff.NoEligibleCustomers, nobody.Cutoff);
        Assert.Empty(nobody.Members);
    }

    [Fact]
    public void Bad_options_and_candidates_are_refused()
    {
        Assert.Contains("Channel", Assert.Throws<ArgumentException>(() => AudienceSelector.Select(Candidates, Options with { Channel = " " })).Message, StringComparison.Ordinal);
        Assert.Contains("CostPerContact", Assert.Throws<ArgumentException>(() => AudienceSelector.Select(Candidates, Options with { CostPerContact = -1 })).Message, StringComparison.Ordinal);
        Assert.Contains("Margin", Assert.Throws<ArgumentException>(() => AudienceSelector.Select(Candidates, Options with { Margin = 0 })).Message, StringComparison.Ordinal);
        Assert.Contains("'z'", Assert.Throws<ArgumentException>(() => AudienceSelector.Select([new("z", 1.5, 10, true, 0)], Options)).Message, StringComparison.Ordinal);
    }
}
