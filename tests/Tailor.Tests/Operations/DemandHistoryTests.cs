using Tailor.Data;
using Tailor.Operations;

namespace Tailor.Tests.Operations;

/// <summary>Series built from orders by hand: netting, zero-filling, local days and hours, stock-outs.</summary>
public sealed class DemandHistoryTests
{
    private static readonly Item[] Catalogue =
    [
        Product("A", "Home/Candles", stock: 5),
        Product("B", "Kitchen", stock: 0),
        Product("C", null, stock: null),
    ];

    private static readonly Order[] Orders =
    [
        Order("o1", "2024-03-04T10:15:00Z", ("A", 3), ("B", 1)),
        Order("o2", "2024-03-04T10:40:00Z", ("A", 1)),
        Order("o3", "2024-03-05T23:30:00Z", ("C", 2)),
        Order("o4", "2024-03-06T09:00:00Z", ("A", -2)),
        Order("o5", "2024-03-07T12:00:00Z", ("A", 4)),
        Order("o6", "2024-03-07T15:00:00Z", ("A", -1)),
    ];

    [Fact]
    public void Units_are_netted_per_day_zero_filled_and_summed_into_categories_and_total()
    {
        DemandHistory history = DemandHistory.Build(Orders, Catalogue);

        Assert.Equal(new DateOnly(2024, 3, 4), history.Start);
        Assert.Equal(4, history.Days);
        // A: 3 + 1 on Monday; a lone cancellation of 2 on Wednesday counts as 0; 4 - 1 on Thursday.
        Assert.Equal([4.0, 0, 0, 3], history.Series(DemandScope.Item, "A").Values.ToArray());
        Assert.Equal([0.0, 2, 0, 0], history.Series(DemandScope.Item, "C").Values.ToArray());
        Assert.Equal([4.0, 0, 0, 3], history.Series(DemandScope.Category, "Home/Candles").Values.ToArray());
        Assert.Equal([0.0, 2, 0, 0], history.Series(DemandScope.Category, DemandHistory.Uncategorised).Values.ToArray());
        Assert.Equal([5.0, 2, 0, 3], history.Total.Values.ToArray());
        Assert.Equal(history.End, history.Total.End);
    }

    [Fact]
    public void Orders_count_once_per_local_hour_and_cancellations_alone_do_not_count()
    {
        DemandHistory history = DemandHistory.Build(Orders, Catalogue);

        Assert.Equal(4 * 24, history.HourlyOrders.Length);
        Assert.Equal(2, history.HourlyOrders[10]);
        Assert.Equal(1, history.HourlyOrders[24 + 23]);
        Assert.Equal([2.0, 1, 0, 1], history.DailyOrders().Values.ToArray());
        double[] week = history.OrdersByHourOfWeek(1);
        Assert.Equal(2, week[10]); // Monday 10:00
        Assert.Equal(1, week[(3 * 24) + 12]); // Thursday 12:00
        Assert.Equal(4, week.Sum());
    }

    [Fact]
    public void Days_and_hours_follow_the_shops_time_zone()
    {
        // 23:30 UTC on Tuesday 5 March is 00:30 on Wednesday in Amsterdam (UTC+1).
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

        DemandHistory history = DemandHistory.Build(Orders, Catalogue, new DemandHistoryOptions { TimeZone = zone });

        Assert.Equal([0.0, 0, 2, 0], history.Series(DemandScope.Item, "C").Values.ToArray());
        Assert.Equal(2, history.HourlyOrders[11]); // 10:15 UTC is 11:15 local
        Assert.Equal(1, history.HourlyOrders[(2 * 24) + 0]);
    }

    [Fact]
    public void Days_after_the_last_sale_of_an_item_out_of_stock_are_flagged()
    {
        DemandHistory history = DemandHistory.Build(Orders, Catalogue);
        DemandSeries b = history.Series(DemandScope.Item, "B");

        Assert.Equal([false, true, true, true], b.StockOut.ToArray());
        Assert.Equal(3, b.TrailingStockOut);
        Assert.Equal(0, history.Series(DemandScope.Item, "A").StockOutPeriods);
        Assert.True(history.Series(DemandScope.Item, "C").StockOut.IsEmpty); // stock not recorded
        Assert.True(history.Total.StockOut.IsEmpty);
    }

    [Fact]
    public void A_forecast_skips_the_hidden_days_and_still_starts_after_the_history()
    {
        DemandSeries b = DemandHistory.Build(Orders, Catalogue).Series(DemandScope.Item, "B");

        DemandForecast forecast = DemandForecast.Fit(b, new DemandForecaster(), 5);

        // Fitted on the one observed day (1 unit): a flat level of about 1 a day, not the zeros that follow.
        Assert.Equal(5, forecast.Result.Horizon);
        Assert.Equal(new DateOnly(2024, 3, 8), forecast.Start);
        Assert.All(forecast.Result.Point, p => Assert.InRange(p, 0.5, 1.0));
    }

    [Fact]
    public void Items_start_when_they_enter_the_catalogue_and_unsold_ones_are_zeros()
    {
        Item late = Product("D", "Kitchen", stock: 3) with { CreatedAt = DateTimeOffset.Parse("2024-03-06T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture) };

        DemandHistory history = DemandHistory.Build(Orders, [.. Catalogue, late]);

        DemandSeries d = history.Series(DemandScope.Item, "D");
        Assert.Equal(new DateOnly(2024, 3, 6), d.Start);
        Assert.Equal([0.0, 0], d.Values.ToArray());
        Assert.Throws<KeyNotFoundException>(() => history.Series(DemandScope.Item, "nope"));
    }

    [Fact]
    public void Weeks_are_whole_and_end_on_the_last_day()
    {
        var daily = new DemandSeries(DemandScope.Total, "t", DemandPeriod.Day, new DateOnly(2024, 1, 1), [.. Enumerable.Range(1, 17).Select(i => (double)i)], []);

        DemandSeries weekly = daily.ToWeekly();

        // 17 days: the first 3 are dropped, weeks are days 4-10 and 11-17.
        Assert.Equal([49.0, 98], weekly.Values.ToArray());
        Assert.Equal(new DateOnly(2024, 1, 4), weekly.Start);
        Assert.Equal(daily.End, weekly.End);
        Assert.Equal(52, weekly.SeasonLength);
    }

    [Fact]
    public void An_end_date_cuts_the_history()
    {
        DemandHistory history = DemandHistory.Build(Orders, Catalogue, new DemandHistoryOptions { End = new DateOnly(2024, 3, 5) });

        Assert.Equal([4.0, 0], history.Series(DemandScope.Item, "A").Values.ToArray());
        Assert.Equal(2, history.Days);
    }

    private static Item Product(string id, string? category, int? stock) =>
        new(id, ItemKind.Product, "Item " + id, null, category, [], 10m, 6m, stock, true, null, null);

    private static Order Order(string id, string at, params (string Item, int Quantity)[] lines) =>
        new(id, "c1", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), "web", null,
            [.. lines.Select((l, i) => new OrderLine(i + 1, l.Item, l.Quantity, 10m))]);
}
