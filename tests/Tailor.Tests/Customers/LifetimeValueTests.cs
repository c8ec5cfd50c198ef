using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class LifetimeValueTests
{
    private static readonly BgNbdModel _purchases = new(0.243, 4.414, 0.793, 2.426, TimeUnit.Week);
    private static readonly GammaGammaModel _spend = new(6.25, 3.74, 15.44);
    private static readonly CustomerSummary _paper = new("paper", 2, 30.43, 38.86, 30, 90, TimeUnit.Week);
    private static readonly CustomerSummary _newcomer = new("new", 0, 0, 10, 0, 25, TimeUnit.Week);

    [Fact]
    public void Discounts_each_months_expected_purchases_as_lifetimes_does()
    {
        var value = Assert.Single(CustomerLifetimeValue.Compute(_purchases, _spend, [_paper],
            new LifetimeValueOptions { HorizonMonths = 3, MonthlyDiscountRate = 0.05 }));

        // lifetimes: sum over months i of spend (E[Y(4.345 i)] - E[Y(4.345 (i - 1))]) / 1.05^i.
        var spend = _spend.ConditionalExpectedSpend(2, 30);
        double e1 = _purchases.ExpectedPurchases(4.345, _paper), e2 = _purchases.ExpectedPurchases(8.69, _paper), e3 = _purchases.ExpectedPurchases(13.035, _paper);
        var expected = spend * ((e1 / 1.05) + ((e2 - e1) / (1.05 * 1.05)) + ((e3 - e2) / (1.05 * 1.05 * 1.05)));
        Assert.Equal(expected, value.LifetimeValue, 10);
        Assert.Equal(e3, value.ExpectedPurchases, 12);
        Assert.Equal(spend, value.ExpectedSpend, 12);
        Assert.Equal(e3 * spend, value.ExpectedRevenue, 10);
        Assert.Equal(0.7266, value.ProbabilityAlive, 4);
        Assert.Equal(_purchases.ProbabilityAtLeastOne(13.035, _paper), value.ProbabilityAtLeastOne, 12);
        Assert.True(value.LifetimeValue < value.ExpectedRevenue);
    }

    [Fact]
    public void Without_discounting_value_is_expected_purchases_times_expected_spend()
    {
        var values = CustomerLifetimeValue.Compute(_purchases, _spend, [_paper, _newcomer],
            new LifetimeValueOptions { HorizonMonths = 9, MonthlyDiscountRate = 0, UnitsPerMonth = 39 / 9.0 });
        Assert.Equal(["paper", "new"], values.Select(v => v.CustomerId));
        Assert.Equal(1.226, values[0].ExpectedPurchases, 3);
        Assert.Equal(values[0].ExpectedRevenue, values[0].LifetimeValue, 10);

        // A customer without repeats is valued at the population mean spend, 35.22.
        Assert.Equal(35.219, values[1].ExpectedSpend, 3);
        Assert.Equal(1, values[1].ProbabilityAlive);
    }

    [Fact]
    public void Rejects_mismatched_units_and_bad_options()
    {
        var inDays = new CustomerSummary("d", 1, 3, 10, 5, 10, TimeUnit.Day);
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Compute(_purchases, _spend, [inDays]));
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Compute(_purchases, _spend, [_paper], new LifetimeValueOptions { HorizonMonths = 0 }));
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Compute(_purchases, _spend, [_paper], new LifetimeValueOptions { MonthlyDiscountRate = -0.1 }));
    }
}
