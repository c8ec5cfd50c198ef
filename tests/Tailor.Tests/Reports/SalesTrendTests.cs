using Tailor.Data;
using Tailor.Reports;

namespace Tailor.Tests.Reports;

public sealed class SalesTrendTests
{
    private static HourlySales At(int year, int month, int day, int hour, int orders, decimal revenue) =>
        new(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero), orders, revenue);

    [Fact]
    public void A_short_history_is_daily_with_empty_days_as_zeros()
    {
        var trend = SalesTrend.Build([At(2024, 3, 1, 10, 2, 30m), At(2024, 3, 1, 15, 1, 5m), At(2024, 3, 4, 9, 1, 7m)], TimeZoneInfo.Utc);

        Assert.Equal(TrendPeriod.Day, trend.Period);
        Assert.Equal(
            [
                new SalesPoint(new DateOnly(2024, 3, 1), 3, 35m), new SalesPoint(new DateOnly(2024, 3, 2), 0, 0m),
                new SalesPoint(new DateOnly(2024, 3, 3), 0, 0m), new SalesPoint(new DateOnly(2024, 3, 4), 1, 7m),
            ],
            trend.Points);
    }

    [Fact]
    public void A_sale_belongs_to_the_local_day_of_the_shop_s_time_zone()
    {
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

        // 2024-03-01 13:00 UTC is 2 March 02:00 in Auckland (UTC+13 in March).
        var trend = SalesTrend.Build([At(2024, 3, 1, 1, 1, 10m), At(2024, 3, 1, 13, 1, 20m)], auckland);

        Assert.Equal([new SalesPoint(new DateOnly(2024, 3, 1), 1, 10m), new SalesPoint(new DateOnly(2024, 3, 2), 1, 20m)], trend.Points);
    }

    [Fact]
    public void Up_to_62_weeks_are_weekly_from_mondays_and_partial_weeks_at_the_ends_are_marked()
    {
        // Wednesday 2024-01-03 to Tuesday 2024-03-05: 63 days, 10 weeks from Monday 2024-01-01.
        var trend = SalesTrend.Build([At(2024, 1, 3, 12, 1, 10m), At(2024, 1, 8, 12, 2, 4m), At(2024, 1, 14, 12, 1, 1m), At(2024, 3, 5, 12, 1, 3m)],
            TimeZoneInfo.Utc);

        Assert.Equal(TrendPeriod.Week, trend.Period);
        Assert.Equal(10, trend.Points.Count);
        Assert.Equal(new SalesPoint(new DateOnly(2024, 1, 1), 1, 10m, Complete: false), trend.Points[0]);
        Assert.Equal(new SalesPoint(new DateOnly(2024, 1, 8), 3, 5m), trend.Points[1]);
        Assert.Equal(new SalesPoint(new DateOnly(2024, 3, 4), 1, 3m, Complete: false), trend.Points[^1]);
        Assert.All(trend.Points.Skip(2).SkipLast(1), p => Assert.Equal((0, 0m, true), (p.Orders, p.Revenue, p.Complete)));
    }

    [Fact]
    public void A_long_history_is_monthly()
    {
        var trend = SalesTrend.Build([At(2023, 1, 1, 0, 1, 1m), At(2024, 12, 31, 23, 2, 2m)], TimeZoneInfo.Utc);

        Assert.Equal(TrendPeriod.Month, trend.Period);
        Assert.Equal(24, trend.Points.Count);
        Assert.Equal(new SalesPoint(new DateOnly(2024, 12, 1), 2, 2m), trend.Points[^1]);
        Assert.All(trend.Points, p => Assert.True(p.Complete));
    }

    [Fact]
    public void No_sales_make_an_empty_trend() => Assert.Empty(SalesTrend.Build([], TimeZoneInfo.Utc).Points);
}
