using Tailor.Data;
using Tailor.Marketing;

namespace Tailor.Tests.Marketing;

public class MarketingHistoryBuilderTests
{
    private static Order Order(string id, string at, params (int Quantity, decimal Price)[] lines) =>
        new(id, "c1", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), "web", "NL",
            lines.Select((l, i) => new OrderLine(i + 1, "I1", l.Quantity, l.Price)).ToList());

    private static Spend Spend(string channel, string date, decimal amount) =>
        new(channel, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), amount, null, null, null, null);

    [Fact]
    public void Days_count_orders_and_revenue_without_cancellations_and_missing_spend_rows_are_zero()
    {
        var orders = new[]
        {
            Order("O1", "2024-03-01T10:00:00Z", (2, 10m)),
            Order("O2", "2024-03-01T23:30:00Z", (1, 5m), (-1, 5m), (1, 30m)),
            Order("O2C", "2024-03-02T09:00:00Z", (-1, 30m)),
            Order("O3", "2024-03-03T12:00:00Z", (1, 40m)),
        };
        var spend = new[] { Spend("search", "2024-03-01", 20), Spend("print", "2024-03-03", 50), Spend("search", "2024-03-03", 10) };

        var counts = MarketingHistoryBuilder.FromRecords(orders, spend, MarketingOutcome.Orders);
        var revenue = MarketingHistoryBuilder.FromRecords(orders, spend, MarketingOutcome.Revenue);

        Assert.Equal(new DateOnly(2024, 3, 1), counts.Start);
        Assert.Equal([2.0, 0, 1], counts.Outcome);
        Assert.Equal([55.0, 0, 40], revenue.Outcome); // 20 + (5 + 30); the cancelled line adds nothing
        Assert.Equal(["print", "search"], counts.Channels);
        Assert.Equal([0.0, 0, 50], counts.Spend[0]);
        Assert.Equal([20.0, 0, 10], counts.Spend[1]);
        Assert.Equal(95.0 / 3, counts.ValuePerOrder, 9);
        Assert.Equal(counts.ValuePerOrder, counts.RevenuePerUnit);
        Assert.Equal(1, revenue.RevenuePerUnit);
    }

    [Fact]
    public void The_shop_time_zone_decides_an_order_s_day_and_events_land_on_their_days()
    {
        var orders = new[] { Order("O1", "2024-03-01T23:30:00Z", (1, 10m)), Order("O2", "2024-03-03T12:00:00Z", (1, 10m)) };
        var spend = new[] { Spend("search", "2024-03-01", 20), Spend("search", "2024-03-03", 10) };
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var events = new Dictionary<DateOnly, string> { [new DateOnly(2024, 3, 2)] = "sale" };

        var history = MarketingHistoryBuilder.FromRecords(orders, spend, MarketingOutcome.Orders, amsterdam, events);

        Assert.Equal([0.0, 1, 1], history.Outcome); // 23:30 UTC is already 2 March in Amsterdam
        Assert.Equal([null, "sale", null], history.Events);
    }

    [Fact]
    public void Spend_before_the_first_order_only_feeds_the_adstock()
    {
        var orders = new[] { Order("O1", "2024-03-05T10:00:00Z", (1, 10m)), Order("O2", "2024-03-06T10:00:00Z", (1, 10m)) };
        var spend = new[] { Spend("search", "2024-03-01", 20), Spend("search", "2024-03-06", 10) };

        var history = MarketingHistoryBuilder.FromRecords(orders, spend, MarketingOutcome.Orders);

        Assert.Equal(6, history.Days);
        Assert.Equal(4, history.FirstOutcomeDay);
    }

    [Fact]
    public void No_spend_or_no_overlap_is_explained()
    {
        var orders = new[] { Order("O1", "2024-03-05T10:00:00Z", (1, 10m)) };

        var none = Assert.Throws<ArgumentException>(() => MarketingHistoryBuilder.FromRecords(orders, [], MarketingOutcome.Orders));
        var apart = Assert.Throws<ArgumentException>(() => MarketingHistoryBuilder.FromRecords(orders, [Spend("a", "2024-04-01", 5)], MarketingOutcome.Orders));
        var negative = Assert.Throws<ArgumentException>(() =>
            new MarketingHistory(new DateOnly(2024, 1, 1), MarketingOutcome.Orders, [1, 2], ["a"], [[1, -1]], 10));

        Assert.Contains("no marketing spend", none.Message, StringComparison.Ordinal);
        Assert.Contains("do not overlap", apart.Message, StringComparison.Ordinal);
        Assert.Contains("2024-01-02", negative.Message, StringComparison.Ordinal);
    }
}
