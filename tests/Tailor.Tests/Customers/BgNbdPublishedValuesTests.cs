using Tailor.Customers;

namespace Tailor.Tests.Customers;

/// <summary>
/// Values published by Fader, Hardie and Lee (2005) for the CDNOW cohort (weeks), recomputed
/// independently in R and Python (shared/REFERENCE-VALUES.md).
/// </summary>
public class BgNbdPublishedValuesTests
{
    private static readonly BgNbdModel _cdnow = new(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, TimeUnit.Week);

    private static readonly CustomerSummary _paperCustomer = new("paper", frequency: 2, recency: 30.43, t: 38.86, monetaryValue: 0, totalSpend: 0, TimeUnit.Week);

    [Fact]
    public void Expected_purchases_in_39_weeks_is_1_226()
    {
        var expected = _cdnow.ExpectedPurchases(39, _paperCustomer);
        Assert.True(Math.Abs(expected - 1.226) < 5e-4, $"E[Y(39)] = {expected:R}");
    }

    [Fact]
    public void Probability_alive_is_0_7266()
    {
        var alive = _cdnow.ProbabilityAlive(_paperCustomer);
        Assert.True(Math.Abs(alive - 0.7266) < 5e-5, $"P(alive) = {alive:R}");
    }

    [Fact]
    public void New_customer_makes_no_purchase_in_39_weeks_with_probability_0_5737864()
    {
        var p = _cdnow.ProbabilityOfPurchases(0, 39);
        Assert.True(Math.Abs(p - 0.5737864) < 5e-8, $"P(X(39)=0) = {p:R}");
    }

    [Fact]
    public void New_customer_makes_ten_purchases_in_2_weeks_with_probability_1_07869e_minus_7()
    {
        var p = _cdnow.ProbabilityOfPurchases(10, 2);
        Assert.True(Math.Abs((p / 1.07869e-07) - 1) < 5e-6, $"P(X(2)=10) = {p:R}");
    }

    [Fact]
    public void Probability_of_at_least_one_purchase_for_a_new_customer_is_one_minus_probability_of_none()
    {
        var newcomer = new CustomerSummary("new", 0, 0, 0, 0, 0, TimeUnit.Week);
        Assert.Equal(1 - 0.5737864, _cdnow.ProbabilityAtLeastOne(39, newcomer), 7);
    }
}
