using System.Text.Json;
using Tailor.Simulation;

namespace Tailor.Tests.Simulation;

public class ShopSimulatorDeterminismTests
{
    private static readonly ShopSimulatorOptions _small = new() { Customers = 300, Items = 80, Days = 120, Seed = 7 };

    [Fact]
    public void The_same_options_give_an_identical_shop()
    {
        var first = ShopSimulator.Generate(_small);
        var second = ShopSimulator.Generate(_small);

        Assert.Equal(first.Shop, second.Shop);
        Assert.Equal(first.Customers, second.Customers);
        Assert.Equal(first.Events, second.Events);
        Assert.Equal(first.Spend, second.Spend);
        Assert.Equal(first.CampaignSends, second.CampaignSends);

        // Items, orders and the truth hold lists, which records compare by reference; compare their JSON.
        Assert.Equal(Json(first.Items), Json(second.Items));
        Assert.Equal(Json(first.Orders), Json(second.Orders));
        Assert.Equal(Json(first.Truth), Json(second.Truth));
        Assert.NotEmpty(first.Orders);
        Assert.NotEmpty(first.Events);
        Assert.NotEmpty(first.CampaignSends);
    }

    [Fact]
    public void A_different_seed_gives_a_different_shop()
    {
        var first = ShopSimulator.Generate(_small);
        var other = ShopSimulator.Generate(_small with { Seed = 8 });

        Assert.NotEqual(Json(first.Orders), Json(other.Orders));
        Assert.NotEqual(Json(first.Items), Json(other.Items));
        Assert.NotEqual(first.Truth.Customers[0].Lambda, other.Truth.Customers[0].Lambda);
        Assert.NotEqual(first.Events.Count, other.Events.Count);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
