using Tailor.Data;
using Tailor.Simulation;

namespace Tailor.Tests.Simulation;

public class ShopSimulatorEdgeCaseTests
{
    public static TheoryData<ShopSimulatorOptions> Extremes => new()
    {
        new ShopSimulatorOptions { Customers = 1, Items = 20, Days = 28 },
        new ShopSimulatorOptions { Customers = 50, Items = 20, Days = 60, ContentShare = 0.5, TasteDimensions = 2 },
        new ShopSimulatorOptions { Customers = 200, Items = 40, Days = 90, ContentShare = 0, Channels = [], EmailCampaigns = false },
        new ShopSimulatorOptions { Customers = 200, Items = 40, Days = 90, InitialCustomerShare = 1, Start = new DateOnly(2023, 11, 20) },
        new ShopSimulatorOptions { Customers = 200, Items = 40, Days = 90, InitialCustomerShare = 0, ShopId = "other" },
    };

    [Theory]
    [MemberData(nameof(Extremes))]
    public void Extreme_options_still_give_a_consistent_shop(ShopSimulatorOptions options)
    {
        var shop = ShopSimulator.Generate(options);

        Assert.Equal(options.Customers, shop.Customers.Count);
        Assert.Equal(options.Items, shop.Items.Count);
        Assert.Equal((int)Math.Round(options.Items * options.ContentShare), shop.Items.Count(i => i.Kind == ItemKind.Content));
        Assert.Equal(options.Days, shop.Truth.Days.Count);
        Assert.Equal(options.Start, shop.Truth.Days[0].Date);
        Assert.Equal(options.Channels.Count, shop.Spend.Select(s => s.Channel).Distinct().Count());
        Assert.Equal(options.ShopId, shop.Shop.Id);
        Assert.All(shop.Events, e => Assert.StartsWith(options.ShopId + "-E", e.IdempotencyKey, StringComparison.Ordinal));
        Assert.Equal(shop.Events.Count, shop.Events.Select(e => e.IdempotencyKey).Distinct().Count());
        Assert.All(shop.Orders, o => Assert.NotEmpty(o.Lines));
        Assert.True(options.EmailCampaigns || shop.CampaignSends.Count == 0);
        Assert.All(shop.Truth.Customers, c => Assert.Equal(options.TasteDimensions, c.Taste.Count));
        Assert.True(double.IsFinite(shop.Truth.PlanningBaselineDailyOrders));
    }
}
