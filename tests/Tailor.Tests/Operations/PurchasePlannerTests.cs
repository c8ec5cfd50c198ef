using Tailor.Data;
using Tailor.Operations;
using Tailor.Simulation;

namespace Tailor.Tests.Operations;

/// <summary>Purchase suggestions against hand calculations with Poisson demand.</summary>
public sealed class PurchasePlannerTests
{
    // 2 units a day with variance 2 a day (Poisson) and independent days: 14 days (7 lead + 7 review) are Poisson(28).
    private static readonly ForecastResult TwoADay = Flat(2, 2, 30);

    [Fact]
    public void Below_the_reorder_point_it_orders_up_to_the_reorder_point_plus_the_eoq_excess()
    {
        var item = new PurchaseItem("I1", "Candle", UnitCost: 10, UnitPrice: 18, OnHand: 10, OnOrder: 0, Perishable: false);

        PurchaseSuggestion s = PurchasePlanner.Suggest(item, TwoADay);

        int reorderPoint = PoissonQuantile(28, 0.95);
        // EOQ = sqrt(2 x 2 x 730 / (0.25 x 10)) = 34.18; a review period sells 14, so the EOQ adds round(20.18) = 20.
        Assert.Equal(reorderPoint, s.ReorderPoint);
        Assert.Equal(Math.Sqrt(2 * 2 * 730 / 2.5), s.EconomicOrderQuantity!.Value, 9);
        Assert.Equal(reorderPoint + 20, s.OrderUpTo);
        Assert.Equal(reorderPoint + 20 - 10, s.Quantity);
        Assert.Equal(s.Quantity * 10, s.Cost!.Value, 9);
        Assert.Equal(1 - PoissonCdf(28, 10), s.RiskBefore, 9);
        Assert.Equal(1 - PoissonCdf(28, reorderPoint + 20), s.RiskAfter, 9);
        Assert.True(s.RiskAfter < 0.05);
        Assert.Equal(reorderPoint - 28, s.SafetyStock, 9);
        Assert.Equal(PurchaseRule.ReorderPoint, s.Rule);
        Assert.Contains("below the reorder point", s.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Stock_at_the_reorder_point_orders_nothing_and_says_so()
    {
        int reorderPoint = PoissonQuantile(28, 0.95);
        var item = new PurchaseItem("I1", "Candle", null, null, OnHand: reorderPoint - 5, OnOrder: 5, Perishable: false);

        PurchaseSuggestion s = PurchasePlanner.Suggest(item, TwoADay);

        Assert.Equal(0, s.Quantity);
        Assert.Null(s.Cost);
        Assert.Null(s.EconomicOrderQuantity);
        Assert.Equal(s.RiskBefore, s.RiskAfter);
        Assert.True(s.RiskBefore <= 0.05);
        Assert.Contains("covers", s.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Perishable_items_stock_to_the_newsvendor_quantile()
    {
        // Price 10, cost 6: a unit short loses 4, a unit left over 6; critical ratio 4 / 10 = 0.4.
        var item = new PurchaseItem("P1", "Bread", UnitCost: 6, UnitPrice: 10, OnHand: 3, OnOrder: 0, Perishable: true);

        PurchaseSuggestion s = PurchasePlanner.Suggest(item, TwoADay);

        Assert.Equal(PurchaseRule.Newsvendor, s.Rule);
        Assert.Equal(PoissonQuantile(28, 0.4), s.OrderUpTo);
        Assert.Equal(PoissonQuantile(28, 0.4) - 3, s.Quantity);
        Assert.Contains("40%", s.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Perishable_markers_come_from_tags_or_true_attributes()
    {
        IReadOnlyList<string> markers = PurchaseDefaults.PerishableMarkers;

        Assert.True(PurchasePlanner.IsPerishable(["Seasonal"], null, markers));
        Assert.True(PurchasePlanner.IsPerishable([], """{"perishable": true}""", markers));
        Assert.True(PurchasePlanner.IsPerishable([], """{"seasonal": "yes"}""", markers));
        Assert.False(PurchasePlanner.IsPerishable(["gift"], """{"perishable": false, "colour": "red"}""", markers));
        Assert.False(PurchasePlanner.IsPerishable([], "not json", markers));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var item = new PurchaseItem("I1", "Candle", 10, 18, 5, 0, false);

        Assert.Throws<ArgumentException>(() => PurchasePlanner.Suggest(item, Flat(2, 2, 10)));
        Assert.Throws<ArgumentException>(() => PurchasePlanner.Suggest(item, TwoADay, new PurchaseOptions { ServiceLevel = 1 }));
        Assert.Throws<ArgumentException>(() => PurchasePlanner.Suggest(item with { OnOrder = -1 }, TwoADay));
    }

    [Fact]
    public void The_purchase_list_of_a_simulated_shop_orders_where_the_stock_is_short()
    {
        var shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 800, Items = 60, Days = 200, Seed = 3, EmailCampaigns = false });
        DemandHistory history = DemandHistory.Build(shop.Orders, shop.Items);

        PurchaseList list = PurchaseListBuilder.Build(history, shop.Items, forecaster: new DemandForecaster(new ThetaForecaster(), new AutoForecastOptions()));

        int stocked = shop.Items.Count(i => i.Kind == ItemKind.Product && i.Available && i.Stock is not null);
        Assert.Equal(stocked, list.Suggestions.Count);
        Assert.Equal(history.End, list.AsOf);
        Assert.NotEmpty(list.ToOrder);
        Assert.All(list.Suggestions, s =>
        {
            Assert.True(s.RiskAfter <= s.RiskBefore);
            Assert.Equal(s.Quantity > 0, s.Position < s.ReorderPoint);
            Assert.False(string.IsNullOrWhiteSpace(s.Why));
        });
        Assert.Equal(list.ToOrder.Sum(s => s.Cost ?? 0), list.TotalCost, 6);
        Assert.True(list.Suggestions.TakeWhile(s => s.Quantity > 0).Count() == list.ToOrder.Count());
    }

    private static ForecastResult Flat(double mean, double variance, int horizon)
    {
        double half80 = 1.2815515655446004 * Math.Sqrt(variance);
        double half95 = 1.959963984540054 * Math.Sqrt(variance);
        return new ForecastResult
        {
            Model = "flat",
            Point = [.. Enumerable.Repeat(mean, horizon)],
            Lower80 = [.. Enumerable.Repeat(mean - half80, horizon)],
            Upper80 = [.. Enumerable.Repeat(mean + half80, horizon)],
            Lower95 = [.. Enumerable.Repeat(mean - half95, horizon)],
            Upper95 = [.. Enumerable.Repeat(mean + half95, horizon)],
        };
    }

    // Independent of the engine: the Poisson CDF by its series.
    private static double PoissonCdf(double mean, int k)
    {
        double p = Math.Exp(-mean), sum = p;
        for (int i = 1; i <= k; i++)
        {
            p *= mean / i;
            sum += p;
        }

        return sum;
    }

    private static int PoissonQuantile(double mean, double probability)
    {
        int k = 0;
        while (PoissonCdf(mean, k) < probability)
        {
            k++;
        }

        return k;
    }
}
