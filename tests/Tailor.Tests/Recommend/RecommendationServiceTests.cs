using Tailor.Data;
using Tailor.Recommend;
using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

public sealed class RecommendationServiceTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    // Two taste groups: candles (a, b, c) and kitchen (d, e, f); users buy within a group.
    private static readonly string[] Ids = ["a", "b", "c", "d", "e", "f"];

    private static Item Item(string id, string category, decimal price = 10, int? stock = 5, bool available = true, ItemKind kind = ItemKind.Product) =>
        new(id, kind, id.ToUpperInvariant() + " title", null, category, [], price, price / 2, stock, available, null, Now.AddDays(-100));

    private static readonly Item[] Items =
    [
        Item("a", "Candles"), Item("b", "Candles", 20), Item("c", "Candles", 30), Item("d", "Kitchen"), Item("e", "Kitchen", 40),
        Item("f", "Kitchen/Mugs", 50),
    ];

    private static RecommenderBundle Bundle()
    {
        var interactions = new List<Interaction>();
        void Buys(string user, params string[] items) => interactions.AddRange(items.Select(i => new Interaction(user, i, 1, Now.AddDays(-10))));
        Buys("u1", "a", "b", "c");
        Buys("u2", "a", "b");
        Buys("u3", "b", "c");
        Buys("u4", "d", "e", "f");
        Buys("u5", "d", "e");
        Buys("u6", "e", "f", "a");
        var options = new InteractionOptions { HalfLifeDays = null };
        var matrix = InteractionMatrix.Build(interactions, options, Now, Ids);
        var knn = (NeighbourModel)new ItemKnnTrainer(new ItemKnnOptions { Weighting = NeighbourWeighting.None, Shrinkage = 0 }).Fit(matrix);
        return new RecommenderBundle
        {
            Items = matrix.Items,
            Main = knn,
            Popular = (PopularityModel)new PopularityTrainer().Fit(matrix),
            Trending = (PopularityModel)new PopularityTrainer(new PopularityOptions { Trending = true }).Fit(matrix),
            Similar = knn,
            Content = (NeighbourModel)new ContentTrainer(Items, new ContentOptions { MaxDocumentFrequency = 1 }).Fit(matrix),
            BoughtTogether = new BoughtTogetherTrainer([["a", "b"], ["a", "b"], ["d", "e"]], new BoughtTogetherOptions { MinCount = 1 }).FitRules(matrix),
            Options = options,
            TrainedAt = Now,
        };
    }

    internal static RecommendationService Service(IEnumerable<Item>? items = null)
    {
        var bundle = Bundle();
        return new RecommendationService(bundle, new Catalogue(bundle.Items, items ?? Items));
    }

    private static UserHistory Bought(RecommendationService service, params string[] items) =>
        UserHistory.FromActivity(
            new CustomerActivity(new Customer("c", Now, null, null, null, Consent.Default),
                [new Order("o1", "c", Now.AddDays(-1), null, null, items.Select((id, n) => new OrderLine(n + 1, id, 1, 1m)).ToArray())], []),
            service.Bundle.Items, service.Bundle.Options, Now);

    [Fact]
    public void Recommendations_follow_the_history_and_say_why()
    {
        var service = Service();

        var result = service.Recommend(Bought(service, "a"), new RecommendationRequest { Count = 2, Now = Now });

        Assert.Equal(["b", "c"], result.Select(r => r.ItemId));
        Assert.Equal("Because you bought A title", result[0].Reason);
        Assert.Equal(ReasonKind.BecauseOfHistory, result[0].ReasonKind);
        Assert.Equal("a", result[0].RelatedItemId);
    }

    [Fact]
    public void Purchased_items_are_excluded_unless_their_category_allows_repeats()
    {
        var service = Service();
        var history = Bought(service, "a", "b");

        var normal = service.Recommend(history, new RecommendationRequest { Count = 6, Now = Now });
        var repeats = service.Recommend(history, new RecommendationRequest
        {
            Count = 6, Now = Now, RepeatPurchaseCategories = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "candles" },
        });

        Assert.DoesNotContain(normal, r => r.ItemId is "a" or "b");
        Assert.Contains(repeats, r => r.ItemId == "b");
    }

    [Fact]
    public void Unavailable_out_of_stock_and_filtered_items_never_appear()
    {
        var items = Items.Select(i => i.ExternalId switch
        {
            "b" => i with { Stock = 0 },
            "c" => i with { Available = false },
            _ => i,
        });
        var service = Service(items);
        var history = Bought(service, "a");

        var result = service.Recommend(history, new RecommendationRequest { Count = 6, Now = Now });
        var kitchen = service.Recommend(history, new RecommendationRequest { Count = 6, Now = Now, Category = "kitchen" });
        var cheap = service.Recommend(history, new RecommendationRequest { Count = 6, Now = Now, MaxPrice = 40 });

        Assert.DoesNotContain(result, r => r.ItemId is "b" or "c");
        Assert.All(kitchen, r => Assert.Contains(r.ItemId, new[] { "d", "e", "f" }));
        Assert.Contains(kitchen, r => r.ItemId == "f"); // Kitchen/Mugs is inside Kitchen
        Assert.DoesNotContain(cheap, r => r.ItemId == "f");
    }

    [Fact]
    public void A_customer_without_history_gets_popular_items_with_that_reason()
    {
        var result = Service().Recommend(UserHistory.Empty, new RecommendationRequest { Count = 3, Now = Now });

        Assert.Equal(3, result.Count);
        Assert.All(result, r => Assert.Contains(r.ReasonKind, new[] { ReasonKind.Popular, ReasonKind.Trending }));
        Assert.Contains(result, r => r.ItemId is "a" or "b" or "e"); // each bought by three users
    }

    [Fact]
    public void A_short_personal_list_is_filled_up_with_popular_items()
    {
        var service = Service();

        var result = service.Recommend(Bought(service, "a"), new RecommendationRequest { Count = 5, Now = Now });

        Assert.Equal(5, result.Count);
        Assert.Equal(result.Count, result.Select(r => r.ItemId).Distinct().Count());
        Assert.Contains(result, r => r.ReasonKind is ReasonKind.Popular or ReasonKind.Trending);
    }

    [Fact]
    public void A_category_cap_spreads_the_list()
    {
        var service = Service();
        var history = Bought(service, "a", "e");

        var capped = service.Recommend(history, new RecommendationRequest { Count = 3, Now = Now, MaxPerCategory = 1 });

        Assert.Single(capped, r => r.ItemId is "b" or "c");
    }

    [Fact]
    public void A_new_view_moves_the_next_recommendations_without_retraining()
    {
        var service = Service();
        var customer = new Customer("c", Now, null, null, null, Consent.Default);
        var order = new Order("o1", "c", Now.AddDays(-30), null, null, [new OrderLine(1, "a", 1, 1m)]);
        var before = UserHistory.FromActivity(new CustomerActivity(customer, [order], []), service.Bundle.Items, service.Bundle.Options, Now);
        var views = Enumerable.Range(0, 3).Select(n => new ShopEvent("c", null, "d", EventTypes.View, null, null, "web", Now.AddSeconds(-n), $"v{n}"));
        var after = UserHistory.FromActivity(new CustomerActivity(customer, [order], [.. views]), service.Bundle.Items, service.Bundle.Options, Now);

        var first = service.Recommend(before, new RecommendationRequest { Count = 1, Now = Now })[0];
        var second = service.Recommend(after, new RecommendationRequest { Count = 1, Now = Now })[0];

        Assert.Equal("b", first.ItemId);
        Assert.Equal("e", second.ItemId); // d's closest neighbour
        Assert.Equal("Because you viewed D title", second.Reason);
    }

    [Fact]
    public void Similar_items_and_bought_together_answer_about_one_item()
    {
        var service = Service();

        var similar = service.Similar("d", new RecommendationRequest { Count = 2, Now = Now });
        var together = service.BoughtWith("a", new RecommendationRequest { Count = 3, Now = Now });

        Assert.Equal("e", similar[0].ItemId);
        Assert.Equal("Similar to D title", similar[0].Reason);
        Assert.DoesNotContain(similar, r => r.ItemId == "d");
        var rule = Assert.Single(together);
        Assert.Equal("b", rule.ItemId);
        Assert.Contains("in 2 orders", rule.Reason, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => service.Similar("nope", new RecommendationRequest()));
    }

    [Fact]
    public void Ranking_orders_known_candidates_and_keeps_unknown_ones_last()
    {
        var service = Service();

        var ranked = service.Rank(Bought(service, "a"), ["e", "zzz", "b"]);

        Assert.Equal(["b", "e", "zzz"], ranked.Select(r => r.ItemId));
        Assert.Equal(0, ranked[2].Score);
    }

    [Fact]
    public void A_bundle_survives_saving_and_loading()
    {
        var bundle = Bundle();
        var copy = RecommenderBundle.FromBytes(bundle.ToBytes());
        var service = new RecommendationService(copy, new Catalogue(copy.Items, Items));

        Assert.Equal(Ids, copy.Items.Ids);
        Assert.Equal(
            Service().Recommend(Bought(service, "a"), new RecommendationRequest { Count = 4, Now = Now }),
            service.Recommend(Bought(service, "a"), new RecommendationRequest { Count = 4, Now = Now }));
    }

    [Fact]
    public void Bad_requests_name_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => Service().Recommend(UserHistory.Empty, new RecommendationRequest { Count = 0 }));
        Assert.Equal("Count", error.ParamName);
        Assert.Throws<ArgumentException>(() => Service().Recommend(UserHistory.Empty, new RecommendationRequest { MinPrice = 5, MaxPrice = 1 }));
    }
}
