using MathNet.Numerics;
using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class BgNbdModelTests
{
    private static readonly BgNbdModel _cdnow = new(0.243, 4.414, 0.793, 2.426, TimeUnit.Week);

    public static TheoryData<int, double, double, double> Customers => new()
    {
        { 0, 0, 38.86, 39 },
        { 2, 30.43, 38.86, 39 },
        { 7, 35.0, 38.0, 52 },
        { 1, 2.0, 30.0, 5 },
        { 25, 70, 75, 200 },
    };

    [Theory]
    [MemberData(nameof(Customers))]
    public void Expected_purchases_match_the_posterior_integral(int x, double recency, double age, double horizon)
    {
        // Independent route: given alive, lambda ~ Gamma(r + x, alpha + T) and p ~ Beta(a, b + x); a
        // customer alive with (lambda, p) buys (1 - exp(-lambda p t)) / p times in t. Averaging over
        // lambda in closed form leaves a one-dimensional integral over p.
        var customer = new CustomerSummary("c", x, recency, age, 0, 0, TimeUnit.Week);
        double r = _cdnow.R, alpha = _cdnow.Alpha, a = _cdnow.A, b = _cdnow.B;
        var logBeta = SpecialFunctions.BetaLn(a, b + x);
        var integral = Integrate.DoubleExponential(
            p => Math.Exp(((a - 1) * Math.Log(p)) + ((b + x - 1) * Math.Log(1 - p)) - logBeta)
                 * (1 - Math.Pow((alpha + age) / (alpha + age + (p * horizon)), r + x)) / p,
            0,
            1,
            1e-12);
        var expected = _cdnow.ProbabilityAlive(customer) * integral;
        var actual = _cdnow.ExpectedPurchases(horizon, customer);
        Assert.True(Math.Abs((actual / expected) - 1) < 1e-7, $"{actual:R} vs {expected:R}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(39)]
    [InlineData(78)]
    public void Purchase_count_probabilities_sum_to_one_and_average_to_the_expected_count(double t)
    {
        double total = 0, mean = 0;
        for (var n = 0; n < 2000; n++)
        {
            var p = _cdnow.ProbabilityOfPurchases(n, t);
            Assert.InRange(p, 0, 1);
            total += p;
            mean += n * p;
        }

        Assert.Equal(1, total, 9);
        Assert.True(Math.Abs((mean / _cdnow.ExpectedPurchases(t)) - 1) < 1e-6, $"mean {mean:R} vs E[X(t)] {_cdnow.ExpectedPurchases(t):R}");
    }

    [Fact]
    public void New_customer_expectation_equals_the_conditional_one_at_zero_history()
    {
        var newcomer = new CustomerSummary("new", 0, 0, 0, 0, 0, TimeUnit.Week);
        Assert.Equal(_cdnow.ExpectedPurchases(39), _cdnow.ExpectedPurchases(39, newcomer), 12);

        // Eq. 7 of the paper for CDNOW at t = 39: (a + b - 1)/(a - 1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))].
        var hyper = Hypergeometric.Gauss2F1(0.243, 2.426, 0.793 + 2.426 - 1, 39 / (4.414 + 39));
        var eq7 = (0.793 + 2.426 - 1) / (0.793 - 1) * (1 - (Math.Pow(4.414 / (4.414 + 39), 0.243) * hyper));
        Assert.Equal(eq7, _cdnow.ExpectedPurchases(39), 12);
    }

    [Fact]
    public void Expected_purchases_are_continuous_through_a_equal_to_one()
    {
        // The closed form has a removable pole at a = 1.
        var customer = new CustomerSummary("c", 3, 20, 30, 0, 0, TimeUnit.Week);
        var below = new BgNbdModel(0.5, 5, 0.999, 3, TimeUnit.Week).ExpectedPurchases(26, customer);
        var at = new BgNbdModel(0.5, 5, 1.0, 3, TimeUnit.Week).ExpectedPurchases(26, customer);
        var above = new BgNbdModel(0.5, 5, 1.001, 3, TimeUnit.Week).ExpectedPurchases(26, customer);
        Assert.True(double.IsFinite(at));
        Assert.InRange(at, Math.Min(below, above), Math.Max(below, above));
        Assert.Equal(0.5 * (below + above), at, 6);
    }

    [Fact]
    public void Predictions_grow_with_the_horizon_and_stay_below_their_bounds()
    {
        var customer = new CustomerSummary("c", 4, 25, 38, 0, 0, TimeUnit.Week);
        var alive = _cdnow.ProbabilityAlive(customer);
        double previousExpected = 0, previousAtLeastOne = 0;
        foreach (var t in new[] { 1.0, 4, 13, 26, 52, 104, 520 })
        {
            var expected = _cdnow.ExpectedPurchases(t, customer);
            var atLeastOne = _cdnow.ProbabilityAtLeastOne(t, customer);
            Assert.True(expected > previousExpected);
            Assert.True(atLeastOne > previousAtLeastOne && atLeastOne < alive);
            previousExpected = expected;
            previousAtLeastOne = atLeastOne;
        }

        Assert.Equal(0, _cdnow.ExpectedPurchases(0, customer));
    }

    [Fact]
    public void Probability_alive_falls_the_longer_a_frequent_buyer_stays_away()
    {
        var recent = new CustomerSummary("recent", 6, 37, 38, 0, 0, TimeUnit.Week);
        var away = new CustomerSummary("away", 6, 10, 38, 0, 0, TimeUnit.Week);
        var once = new CustomerSummary("once", 0, 0, 38, 0, 0, TimeUnit.Week);
        // 1 / (1 + a/(b + 5) ((alpha + 38)/(alpha + t_x))^(r + 6)): 0.890 one week away, 0.011 after 28 weeks.
        Assert.Equal(0.890, _cdnow.ProbabilityAlive(recent), 3);
        Assert.Equal(0.011, _cdnow.ProbabilityAlive(away), 3);
        Assert.Equal(1, _cdnow.ProbabilityAlive(once));
    }

    [Fact]
    public void Rejects_bad_parameters_horizons_and_units()
    {
        Assert.Throws<ArgumentException>(() => new BgNbdModel(0, 1, 1, 1, TimeUnit.Day));
        Assert.Throws<ArgumentException>(() => new BgNbdModel(1, double.NaN, 1, 1, TimeUnit.Day));
        Assert.Throws<ArgumentException>(() => new BgNbdModel(1, 1, -1, 1, TimeUnit.Day));
        var days = new CustomerSummary("d", 1, 3, 10, 5, 10, TimeUnit.Day);
        var error = Assert.Throws<ArgumentException>(() => _cdnow.ExpectedPurchases(10, days));
        Assert.Contains("Day", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _cdnow.ProbabilityAlive(days));
        var weeks = new CustomerSummary("w", 1, 3, 10, 5, 10, TimeUnit.Week);
        Assert.Throws<ArgumentException>(() => _cdnow.ExpectedPurchases(-1, weeks));
        Assert.Throws<ArgumentException>(() => _cdnow.ProbabilityOfPurchases(-1, 3));
    }
}
