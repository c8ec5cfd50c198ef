using Tailor.Data;

namespace Tailor.Tests.Simulation;

[Collection(SimulatedShopCollection.Name)]
public class CatalogueTruthTests(SimulatedShopFixture fixture)
{
    [Fact]
    public void Items_sell_only_while_on_sale_and_new_items_get_a_launch_boost()
    {
        var truth = fixture.Truth;
        var items = fixture.Shop.Items.ToDictionary(i => i.ExternalId, StringComparer.Ordinal);
        var sales = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        foreach (var order in fixture.Shop.Orders.Where(o => !SimulatedShopFixture.IsCancellation(o)))
        {
            foreach (var line in order.Lines.Where(l => l.Quantity > 0))
            {
                var item = items[line.ItemId];
                Assert.True(item.CreatedAt <= order.Timestamp, $"{item.ExternalId} sold before it was created");
                var discontinued = truth.Item(line.ItemId).DiscontinuedAt;
                Assert.True(discontinued is null || order.Timestamp < discontinued);
                if (!sales.TryGetValue(line.ItemId, out var list))
                {
                    sales[line.ItemId] = list = [];
                }

                list.Add(order.Timestamp);
            }
        }

        var end = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(fixture.Options.Days);
        int early = 0, late = 0;
        foreach (var item in truth.Items.Where(i => i.LaunchedAt is not null && i.DiscontinuedAt is null && i.LaunchedAt < end.AddDays(-90)))
        {
            var launch = item.LaunchedAt!.Value;
            var times = sales.GetValueOrDefault(item.ItemId) ?? [];
            early += times.Count(t => t < launch.AddDays(30));
            late += times.Count(t => t >= launch.AddDays(60) && t < launch.AddDays(90));
        }

        Assert.True(early > 1.4 * late, $"{early} sales in the first 30 days vs {late} in days 60 to 90");
    }

    [Fact]
    public void Consumables_are_bought_again_by_the_same_customer()
    {
        var truth = fixture.Truth;
        var pairs = fixture.Shop.Orders.Where(o => o.CustomerId is not null && !SimulatedShopFixture.IsCancellation(o))
            .SelectMany(o => o.Lines.Select(l => (o.CustomerId, l.ItemId)))
            .GroupBy(p => p)
            .Select(g => (Consumable: truth.Item(g.Key.ItemId).Consumable, Repeated: g.Count() > 1))
            .ToList();
        var consumable = pairs.Where(p => p.Consumable).Average(p => p.Repeated ? 1.0 : 0);
        var durable = pairs.Where(p => !p.Consumable).Average(p => p.Repeated ? 1.0 : 0);
        Assert.True(consumable > 2 * durable, $"{consumable:F3} of consumable pairs repeat vs {durable:F3} of others");
        Assert.All(fixture.Shop.Items.Where(i => i.Kind == ItemKind.Content), c => Assert.False(truth.Item(c.ExternalId).Consumable));
    }
}
