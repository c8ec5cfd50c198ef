using Tailor.Data;
using Tailor.Marketing;
using Tailor.Simulation;

namespace Tailor.Tests.Marketing;

public class PlanningInputsTests
{
    [Theory]
    [InlineData("search=500", "search", 500, false)]
    [InlineData(" social = 80% ", "social", 0.8, true)]
    [InlineData("a=b=1.5", "a=b", 1.5, false)]
    public void Spend_limits_read_amounts_and_shares(string text, string channel, double value, bool relative)
    {
        var limit = SpendLimit.Parse(text);

        Assert.Equal(new SpendLimit(channel, value, relative), limit);
        Assert.Equal(relative ? value * 40 : value / 30, limit.Daily(historicalDailySpend: 40, horizonDays: 30), 12);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("=5")]
    [InlineData("search=-1")]
    [InlineData("search=lots")]
    public void Bad_spend_limits_say_the_expected_form(string text)
    {
        var error = Assert.Throws<FormatException>(() => SpendLimit.Parse(text));

        Assert.Contains("channel=amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retail_calendar_knows_the_published_dates()
    {
        // Black Friday 2024 was on 29 November, 2025 on 28 November; Mother's Day (US) 12 May 2024, 11 May 2025.
        Assert.Equal(new DateOnly(2024, 11, 29), RetailCalendar.BlackFriday(2024));
        Assert.Equal(new DateOnly(2025, 11, 28), RetailCalendar.BlackFriday(2025));
        Assert.Equal(new DateOnly(2024, 5, 12), RetailCalendar.MothersDay(2024));
        Assert.Equal(new DateOnly(2025, 5, 11), RetailCalendar.MothersDay(2025));
        Assert.Equal("Cyber Monday", RetailCalendar.EventOn(new DateOnly(2024, 12, 2)));
        Assert.Null(RetailCalendar.EventOn(new DateOnly(2024, 8, 14)));
        var own = new Dictionary<DateOnly, string> { [new DateOnly(2024, 12, 25)] = "closed", [new DateOnly(2024, 8, 14)] = "summer sale" };
        var merged = MarketingEvents.Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), retailCalendar: true, own);
        Assert.Equal("closed", merged[new DateOnly(2024, 12, 25)]);
        Assert.Equal("summer sale", merged[new DateOnly(2024, 8, 14)]);
        Assert.Equal("Black Friday", merged[new DateOnly(2024, 11, 29)]);
    }

    [Fact]
    public void The_simulator_s_holidays_are_the_retail_calendar_s_events()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 50, Items = 20, Days = 400 });

        Assert.All(shop.Truth.Days, d => Assert.Equal(RetailCalendar.EventOn(d.Date), d.Holiday));
    }

    [Fact]
    public void Gross_margin_is_weighted_by_revenue_and_skips_items_without_cost()
    {
        var items = new[]
        {
            new Item("A", ItemKind.Product, "a", null, null, [], 10m, 6m, null, true, null, null),
            new Item("B", ItemKind.Product, "b", null, null, [], 20m, 5m, null, true, null, null),
            new Item("C", ItemKind.Product, "c", null, null, [], 30m, null, null, true, null, null),
        };
        var orders = new[]
        {
            new Order("O1", "c", DateTimeOffset.UnixEpoch, null, null, [new OrderLine(1, "A", 3, 10m), new OrderLine(2, "B", 1, 20m), new OrderLine(3, "C", 5, 30m)]),
            new Order("O1C", "c", DateTimeOffset.UnixEpoch, null, null, [new OrderLine(1, "B", -1, 20m)]),
        };

        // (3 x 4 + 1 x 15) / (3 x 10 + 1 x 20) = 27 / 50.
        Assert.Equal(0.54, GrossMargin.FromOrders(orders, items)!.Value, 12);
        Assert.Null(GrossMargin.FromOrders(orders, items.Select(i => i with { Cost = null })));
    }
}
