using Tailor.Data;
using Tailor.Reports;

namespace Tailor.Tests.Reports;

public sealed class CustomerProfileTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static ShopEvent Event(string type, int day) => new("c", null, "mug", type, null, null, "web", Day.AddDays(day), $"{type}-{day}");

    [Fact]
    public void A_profile_sums_orders_net_of_returns_and_lists_the_newest_first()
    {
        var activity = new CustomerActivity(
            new Customer("c", Day.AddDays(-100), "FR", null, null, Consent.Default),
            [
                new Order("o1", "c", Day, null, null, [new OrderLine(1, "mug", 2, 5m), new OrderLine(2, "candle", 1, 12.5m)]),
                new Order("o2", "c", Day.AddDays(10), null, null, [new OrderLine(1, "candle", -1, 12.5m)]),
                new Order("o3", "c", Day.AddDays(20), null, null, [new OrderLine(1, "vase", 1, 30m)]),
            ],
            [Event("view", 1), Event("view", 2), Event("add_to_cart", 3)]);

        var profile = CustomerProfile.From(activity, recent: 2);

        // 10 + 12.50 - 12.50 + 30 = 40 over 3 orders; the returned candle no longer counts as bought.
        Assert.Equal((3, 40m, 13.33m, 2), (profile.Orders, profile.Revenue, profile.AverageOrderValue, profile.DistinctItems));
        Assert.Equal((Day, Day.AddDays(20)), (profile.FirstOrderAt!.Value, profile.LastOrderAt!.Value));
        Assert.Equal(["o3", "o2"], profile.RecentOrders.Select(o => o.ExternalId));
        Assert.Equal(["add_to_cart-3", "view-2"], profile.RecentEvents.Select(e => e.IdempotencyKey));
        Assert.Equal([new KeyValuePair<string, int>("view", 2), new KeyValuePair<string, int>("add_to_cart", 1)], profile.EventsByType);
    }

    [Fact]
    public void A_customer_without_orders_has_zeros_not_errors()
    {
        var profile = CustomerProfile.From(new CustomerActivity(new Customer("c", Day, null, null, null, Consent.Default), [], []));

        Assert.Equal((0, 0m, 0m, 0), (profile.Orders, profile.Revenue, profile.AverageOrderValue, profile.DistinctItems));
        Assert.Null(profile.LastOrderAt);
    }
}
