using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Tests.Customers;

public class TransactionSummaryTests
{
    private static readonly DateTimeOffset _day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static (string, DateTimeOffset, decimal) Buy(string customer, int day, decimal amount, int hour = 12) =>
        (customer, _day0.AddDays(day).AddHours(hour), amount);

    [Fact]
    public void Same_day_purchases_count_as_one_and_only_repeats_enter_the_monetary_value()
    {
        // Day 0: 10 + 5 (one purchase day worth 15); day 3: 20; day 3 again: 4 (24); day 10: 30.
        var summaries = TransactionSummary.FromTransactions(
            [Buy("ann", 0, 10, 9), Buy("ann", 0, 5, 18), Buy("ann", 3, 20), Buy("ann", 3, 4, 20), Buy("ann", 10, 30)],
            _day0.AddDays(14),
            TimeUnit.Day);

        var ann = Assert.Single(summaries);
        Assert.Equal("ann", ann.CustomerId);
        Assert.Equal(2, ann.Frequency);
        Assert.Equal(10, ann.Recency);
        Assert.Equal(14, ann.T);
        Assert.Equal((24 + 30) / 2.0, ann.MonetaryValue);
        Assert.Equal(69, ann.TotalSpend);
        Assert.Equal(4, ann.TimeSinceLastPurchase);
    }

    [Fact]
    public void A_customer_with_one_purchase_day_has_no_repeats()
    {
        var summaries = TransactionSummary.FromTransactions([Buy("bob", 5, 40, 8), Buy("bob", 5, 2, 22)], _day0.AddDays(12), TimeUnit.Day);
        var bob = Assert.Single(summaries);
        Assert.Equal(0, bob.Frequency);
        Assert.Equal(0, bob.Recency);
        Assert.Equal(7, bob.T);
        Assert.Equal(0, bob.MonetaryValue);
        Assert.Equal(42, bob.TotalSpend);
    }

    [Fact]
    public void Weeks_are_days_divided_by_seven()
    {
        // CDNOW's t_x = 30.43 weeks is 213 days.
        var transactions = new[] { Buy("cat", 0, 10), Buy("cat", 213, 10) };
        var weeks = Assert.Single(TransactionSummary.FromTransactions(transactions, _day0.AddDays(272), TimeUnit.Week));
        Assert.Equal(TimeUnit.Week, weeks.Unit);
        Assert.Equal(213 / 7.0, weeks.Recency, 12);
        Assert.Equal(272 / 7.0, weeks.T, 12);
        Assert.Equal(30.43, weeks.Recency, 2);
        Assert.Equal(38.86, weeks.T, 2);
    }

    [Fact]
    public void Purchases_after_the_calibration_end_are_left_out_and_customers_come_sorted()
    {
        var summaries = TransactionSummary.FromTransactions(
            [Buy("zed", 1, 10), Buy("amy", 2, 10), Buy("amy", 9, 99), Buy("late", 9, 5), Buy("zed", 4, 10)],
            _day0.AddDays(5),
            TimeUnit.Day);
        Assert.Equal(["amy", "zed"], summaries.Select(s => s.CustomerId));
        Assert.Equal(0, summaries[0].Frequency);
        Assert.Equal(10, summaries[0].TotalSpend);
        Assert.Equal(1, summaries[1].Frequency);
    }

    [Fact]
    public void Calendar_days_follow_the_shop_time_zone()
    {
        // 23:30 and 00:30 UTC the next day are one evening in New York.
        var zone = TimeZoneInfo.CreateCustomTimeZone("UTC-5", TimeSpan.FromHours(-5), "UTC-5", "UTC-5");
        var transactions = new[] { Buy("eve", 0, 10, 23), Buy("eve", 1, 10, 0) };
        var utc = Assert.Single(TransactionSummary.FromTransactions(transactions, _day0.AddDays(3), TimeUnit.Day));
        var local = Assert.Single(TransactionSummary.FromTransactions(
            transactions, _day0.AddDays(3), new TransactionSummaryOptions { TimeZone = zone }));
        Assert.Equal(1, utc.Frequency);
        Assert.Equal(0, local.Frequency);
    }

    [Fact]
    public void Orders_skip_anonymous_orders_and_cancellations_and_net_their_lines()
    {
        var orders = new[]
        {
            Order("o1", "dan", 0, (2, 5m), (1, 3m)),
            Order("o2", null, 1, (1, 100m)),
            Order("o3C", "dan", 2, (-1, 5m)),
            Order("o4", "dan", 6, (3, 10m), (-1, 10m)),
        };

        var dan = Assert.Single(TransactionSummary.FromOrders(orders, _day0.AddDays(8)));
        Assert.Equal(1, dan.Frequency);
        Assert.Equal(6, dan.Recency);
        Assert.Equal(8, dan.T);
        Assert.Equal(20, dan.MonetaryValue);
        Assert.Equal(33, dan.TotalSpend);
    }

    [Fact]
    public void Rejects_empty_data_negative_amounts_and_a_calibration_end_before_every_purchase()
    {
        var empty = Assert.Throws<ArgumentException>(() => TransactionSummary.FromTransactions([], _day0, TimeUnit.Day));
        Assert.Contains("no transactions", empty.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentException>(() => TransactionSummary.FromTransactions([Buy("eve", 0, 10), Buy("eve", 1, -3)], _day0.AddDays(5), TimeUnit.Day));
        Assert.Contains("negative amount", negative.Message, StringComparison.Ordinal);
        Assert.Contains("eve", negative.Message, StringComparison.Ordinal);

        var early = Assert.Throws<ArgumentException>(() => TransactionSummary.FromTransactions([Buy("fay", 3, 10)], _day0.AddDays(1), TimeUnit.Day));
        Assert.Contains("before every purchase", early.Message, StringComparison.Ordinal);
        Assert.Equal("calibrationEnd", early.ParamName);

        Assert.Throws<ArgumentException>(() => TransactionSummary.FromTransactions([("", _day0, 1m)], _day0.AddDays(1), TimeUnit.Day));
        Assert.Throws<ArgumentException>(() => TransactionSummary.FromOrders([Order("o1", null, 0, (1, 5m))], _day0.AddDays(1)));
    }

    [Fact]
    public void Summary_rejects_impossible_histories()
    {
        Assert.Throws<ArgumentException>(() => new CustomerSummary("a", -1, 0, 1, 0, 0, TimeUnit.Day));
        Assert.Throws<ArgumentException>(() => new CustomerSummary("a", 1, 5, 4, 1, 1, TimeUnit.Day));
        Assert.Throws<ArgumentException>(() => new CustomerSummary("a", 0, 2, 4, 0, 1, TimeUnit.Day));
        Assert.Throws<ArgumentException>(() => new CustomerSummary("a", 1, 2, 4, -1, 1, TimeUnit.Day));
        Assert.Throws<ArgumentException>(() => new CustomerSummary(" ", 1, 2, 4, 1, 1, TimeUnit.Day));
    }

    private static Order Order(string id, string? customer, int day, params (int Quantity, decimal Price)[] lines) =>
        new(id, customer, _day0.AddDays(day).AddHours(10), "web", null,
            lines.Select((l, i) => new OrderLine(i + 1, $"item{i}", l.Quantity, l.Price)).ToList());
}
