using Tailor.Data;
using Tailor.Marketing;
using Tailor.Tests.Simulation;

namespace Tailor.Tests.Marketing;

[Collection(SimulatedShopCollection.Name)]
public class ContentPlannerTests(SimulatedShopFixture fixture)
{
    private static readonly DateTimeOffset End = new(2024, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Views_per_piece_revenue_per_view_and_the_ranking_match_a_hand_computation()
    {
        // Tea: 1 piece, 60 views in 90 days -> (60.5 / 90) x 30 = 20.1667 views a month.
        // Garden: 2 pieces with 30 and 0 views -> geometric mean of 30.5/3 and 0.5/3 = sqrt(10.1667 x 0.1667) = 1.3017.
        // Candles: no content, product interest only.
        var items = new List<Item>
        {
            Content("tea-guide", "Tea", End.AddDays(-200)),
            Content("garden-1", "Garden", End.AddDays(-200)),
            Content("garden-2", "Garden", End.AddDays(-200)),
            Product("tea-pot", "Tea"),
            Product("rake", "Garden"),
            Product("candle", "Candles"),
        };
        var events = new List<ShopEvent>();
        for (var i = 0; i < 60; i++)
        {
            events.Add(View($"r{i % 6}", "tea-guide", End.AddDays(-80 + i)));
        }

        for (var i = 0; i < 30; i++)
        {
            events.Add(View("g1", "garden-1", End.AddDays(-70 + i)));
        }

        events.Add(View("x", "candle", End.AddDays(-1)));
        events.Add(View("x", "candle", End));

        // r0 buys a tea pot 2 days after reading (credited); g1 buys a rake 20 days after reading (not credited).
        var orders = new List<Order>
        {
            new("o1", "r0", End.AddDays(-60), null, null, [new OrderLine(1, "tea-pot", 1, 30m)]),
            new("o2", "g1", End.AddDays(-21), null, null, [new OrderLine(1, "rake", 2, 20m)]),
        };
        var data = new ShopData([], items, orders, events, [], []);

        var plan = ContentPlanner.Plan(data, new ContentPlanOptions { RevenueShrinkage = 0 }, null);

        var tea = plan.Opportunities.Single(o => o.Category == "Tea");
        var garden = plan.Opportunities.Single(o => o.Category == "Garden");
        var candles = plan.Opportunities.Single(o => o.Category == "Candles");
        Assert.Equal(3, plan.ContentItems);
        Assert.Equal(90, plan.ContentViews);
        Assert.Equal(60.5 / 90 * 30, tea.ViewsPerItemMonth, 9);
        Assert.Equal(Math.Sqrt(30.5 / 3 * (0.5 / 3)), garden.ViewsPerItemMonth, 9);
        Assert.Equal(30 / 60.0, tea.RevenuePerView, 9);
        Assert.Equal(0, garden.RevenuePerView, 9);
        Assert.Equal(6, tea.Readers);
        Assert.Equal(["Tea", "Candles", "Garden"], plan.Opportunities.Select(o => o.Category));
        Assert.Equal(0, candles.Items);
        Assert.Contains("No content yet", candles.Reason, StringComparison.Ordinal);

        // Interest: tea pot 1 purchase, rake 1 purchase, candle 2 views -> 1/4, 1/4, 2/4.
        Assert.Equal(0.25, tea.ProductInterestShare, 12);
        Assert.Equal(0.5, candles.ProductInterestShare, 12);
        Assert.StartsWith("New content pays most in Tea", plan.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Segments_show_which_categories_they_read_beyond_the_supply()
    {
        var items = new List<Item> { Content("a", "A", null), Content("b1", "B", null), Content("b2", "B", null), Content("b3", "B", null) };
        var events = new List<ShopEvent>
        {
            View("u1", "a", End), View("u1", "a", End.AddHours(-1)), View("u1", "b1", End.AddHours(-2)),
            View("u2", "b2", End.AddHours(-3)),
        };
        var segments = new Dictionary<string, string> { ["u1"] = "loyal", ["u2"] = "new" };

        var plan = ContentPlanner.Plan(new ShopData([], items, [], events, [], []), new ContentPlanOptions(), segments);

        // Loyal: 2 of 3 views in A, which holds 1 of 4 pieces: lift (2/3) / (1/4) = 8/3.
        var loyalA = plan.Segments.Single(s => s.Segment == "loyal" && s.Category == "A");
        Assert.Equal(2, loyalA.Views);
        Assert.Equal(8 / 3.0, loyalA.Lift, 12);
        Assert.Equal("A", plan.Segments.First(s => s.Segment == "loyal").Category);
        Assert.Equal(4 / 3.0, plan.Segments.Single(s => s.Segment == "new").Lift, 12);
    }

    [Fact]
    public void On_the_simulator_every_category_with_content_is_ranked_and_the_figures_add_up()
    {
        var plan = ContentPlanner.Plan(fixture.Shop.Data);
        var content = fixture.Shop.Items.Count(i => i.Kind == ItemKind.Content && i.Available && i.CreatedAt <= plan.WindowEnd);

        Assert.Equal(content, plan.ContentItems);
        Assert.Equal(plan.ContentViews, plan.Opportunities.Sum(o => o.Views));
        Assert.Equal(1, plan.Opportunities.Sum(o => o.ContentShare), 9);
        Assert.Equal(1, plan.Opportunities.Sum(o => o.ProductInterestShare), 9);
        Assert.Equal(Enumerable.Range(1, plan.Opportunities.Count), plan.Opportunities.Select(o => o.Rank));
        Assert.True(plan.Opportunities.Zip(plan.Opportunities.Skip(1)).All(p => p.First.ExpectedValueOfNewItem >= p.Second.ExpectedValueOfNewItem));
        Assert.Equal(fixture.Truth.Categories.Count, plan.Opportunities.Count);
        Assert.Contains(plan.Segments, s => s.Segment == "Champions");
    }

    [Fact]
    public void A_shop_without_content_or_events_is_told_why()
    {
        Assert.Contains("no events", Assert.Throws<ArgumentException>(() => ContentPlanner.Plan(new ShopData([], [], [], [], [], []))).Message, StringComparison.Ordinal);
        var noContent = new ShopData([], [Product("p", "A")], [], [View("u", "p", End)], [], []);
        Assert.Contains("no available content", Assert.Throws<ArgumentException>(() => ContentPlanner.Plan(noContent)).Message, StringComparison.Ordinal);
    }

    private static Item Content(string id, string category, DateTimeOffset? created) =>
        new(id, ItemKind.Content, id, null, category, [], null, null, null, true, null, created);

    private static Item Product(string id, string category) =>
        new(id, ItemKind.Product, id, null, category, [], 10m, 5m, null, true, null, null);

    private static ShopEvent View(string customer, string item, DateTimeOffset at) =>
        new(customer, null, item, EventTypes.View, null, null, "web", at, $"{customer}-{item}-{at.UtcTicks}");
}
