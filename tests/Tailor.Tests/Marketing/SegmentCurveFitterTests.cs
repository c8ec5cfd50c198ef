using Tailor.Marketing;
using Tailor.Simulation;

namespace Tailor.Tests.Marketing;

public class SegmentCurveFitterTests
{
    [Fact]
    public void Segments_with_enough_orders_get_curves_and_the_others_say_why_not()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 1500, Items = 40, Days = 200, Seed = 3, EmailCampaigns = false });
        var options = new ResponseCurveOptions { BootstrapReplicates = 0, Starts = 2 };

        var byType = SegmentCurveFitter.Fit(shop.Orders, shop.Spend, SegmentBy.CustomerType, MarketingOutcome.Orders, options, minDailyOrders: 2);
        var byCountry = SegmentCurveFitter.Fit(shop.Orders, shop.Spend, SegmentBy.Country, MarketingOutcome.Orders, options, minDailyOrders: 1e5);

        // Every known customer's first order is "new", every later one "returning"; the biggest segment comes first.
        var known = shop.Orders.Where(o => o.CustomerId is not null && o.Lines.Sum(l => l.Quantity) > 0).ToList();
        var newOrders = known.Select(o => o.CustomerId).Distinct().Count();
        var perDay = byType.ToDictionary(s => s.Segment, s => s.MeanDailyOrders);
        Assert.Equal(["new", "returning"], perDay.Keys.Order(StringComparer.Ordinal));
        Assert.True(byType[0].MeanDailyOrders >= byType[1].MeanDailyOrders);
        Assert.Equal(known.Count, (perDay["new"] + perDay["returning"]) * 200, 0);
        Assert.True(perDay["new"] * 200 <= newOrders + 1e-6);
        Assert.All(byType.Where(s => s.MeanDailyOrders >= 2), s => Assert.NotNull(s.Model));
        Assert.All(byCountry, s =>
        {
            Assert.Null(s.Model);
            Assert.Contains("orders a day; a segment needs", s.Warning, StringComparison.Ordinal);
        });
    }
}
