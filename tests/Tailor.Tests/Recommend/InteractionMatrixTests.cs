using Tailor.Data;
using Tailor.Recommend;

namespace Tailor.Tests.Recommend;

public sealed class InteractionMatrixTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Weights_add_up_per_cell_and_cancellations_remove_them()
    {
        var matrix = InteractionMatrix.Build(
        [
            new("u1", "a", 1, Now), new("u1", "a", 2, Now), new("u1", "b", 4, Now), new("u1", "b", -4, Now),
            new("u2", "b", 1, Now),
        ], new InteractionOptions { HalfLifeDays = null }, Now);

        Assert.Equal(["u1", "u2"], matrix.Users.Ids);
        Assert.Equal([0], matrix.UserItems.RowColumns(0).ToArray()); // b cancelled out for u1
        Assert.Equal([3f], matrix.UserItems.RowValues(0).ToArray());
        Assert.Equal(1, matrix.ItemUsers.RowLength(matrix.Items.IndexOf("b")));
    }

    [Fact]
    public void Time_decay_halves_a_weight_every_half_life()
    {
        var matrix = InteractionMatrix.Build(
            [new("u", "old", 8, Now.AddDays(-60)), new("u", "new", 8, Now)],
            new InteractionOptions { HalfLifeDays = 30 }, Now);

        Assert.Equal(2f, matrix.UserItems.RowValues(0)[0], 4); // 8 * 0.5^(60/30)
        Assert.Equal(8f, matrix.UserItems.RowValues(0)[1], 4);
    }

    [Fact]
    public void Activity_records_the_days_since_each_items_first_and_latest_interaction()
    {
        var matrix = InteractionMatrix.Build(
            [new("u", "a", 1, Now.AddDays(-40)), new("v", "a", 1, Now.AddDays(-3)), new("v", "a", 1, Now.AddDays(-12)), new("u", "b", -1, Now),
                new("w", "c", 2, Now.AddHours(-12))],
            new InteractionOptions { HalfLifeDays = null }, Now, catalogue: ["a", "b", "c", "z"]);

        var activity = matrix.Activity!;
        Assert.Equal([40f, float.NaN, 0.5f, float.NaN], activity.FirstDaysAgo); // a cancellation is no sighting
        Assert.Equal([3f, float.NaN, 0.5f, float.NaN], activity.LastDaysAgo);
    }

    [Fact]
    public void Binary_keeps_one_interaction_per_pair_and_the_catalogue_keeps_unseen_items()
    {
        var matrix = InteractionMatrix.Build(
            [new("u", "a", 5, Now), new("u", "a", 3, Now)],
            new InteractionOptions { Binary = true }, Now, catalogue: ["z", "a"]);

        Assert.Equal(["z", "a"], matrix.Items.Ids);
        Assert.Equal([1], matrix.UserItems.RowColumns(0).ToArray());
        Assert.Equal([1f], matrix.UserItems.RowValues(0).ToArray());
    }

    [Fact]
    public void Binary_with_a_half_life_keeps_the_decay_of_the_newest_interaction_and_ignores_repeats()
    {
        var matrix = InteractionMatrix.Build(
            [new("u", "a", 1, Now.AddDays(-60)), new("u", "a", 1, Now.AddDays(-30)), new("u", "a", 1, Now.AddDays(-30))],
            new InteractionOptions { Binary = true, HalfLifeDays = 30 }, Now);

        Assert.Equal(0.5f, matrix.UserItems.RowValues(0)[0], 4);
    }

    [Fact]
    public void Orders_and_events_become_weighted_interactions()
    {
        var options = new InteractionOptions();
        var orders = new[]
        {
            new Order("o1", "c1", Now, null, null, [new OrderLine(1, "a", 3, 1m), new OrderLine(2, "b", -1, 1m)]),
            new Order("o2", null, Now, null, null, [new OrderLine(1, "a", 1, 1m)]),
        };
        var events = new[]
        {
            new ShopEvent("c1", null, "a", EventTypes.View, null, null, null, Now, "k1"),
            new ShopEvent(null, "s9", "b", EventTypes.AddToCart, null, null, null, Now, "k2"),
            new ShopEvent("c1", null, "b", EventTypes.Purchase, null, 1, null, Now, "k3"),
            new ShopEvent("c1", null, "c", EventTypes.Rating, 1, null, null, Now, "k4"),
        };

        var fromOrders = InteractionSource.FromOrders(orders, options).ToList();
        var fromEvents = InteractionSource.FromEvents(events, options).ToList();

        Assert.Equal(2, fromOrders.Count); // the anonymous order is skipped
        Assert.Equal(4 * (1 + MathF.Log(3)), fromOrders[0].Weight, 4);
        Assert.Equal(-4f, fromOrders[1].Weight);
        Assert.Equal(2, fromEvents.Count); // purchase events and a 1-star rating are skipped
        Assert.Equal("session:s9", fromEvents[1].User);
    }
}
