using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Tests.Customers;

public class BehaviourClusteringTests
{
    private static readonly DateTimeOffset _asOf = new(2024, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Three planted groups of 60: recent frequent big spenders on Garden via web; lapsed one-time
    /// Kitchen buyers in store; mid-recency Books buyers by phone who buy on discount.
    /// </summary>
    private static List<CustomerBehaviour> PlantedGroups()
    {
        var random = new Random(5);
        var customers = new List<CustomerBehaviour>();
        for (var i = 0; i < 60; i++)
        {
            double Jitter(double value) => value * (0.85 + (0.3 * random.NextDouble()));
            customers.Add(new($"garden{i:D2}", Jitter(5), 20 + random.Next(5), Jitter(2000), Jitter(600),
                Shares(("Garden", 0.9), ("Kitchen", 0.1)), Shares(("web", 1)), 0, "Garden"));
            customers.Add(new($"kitchen{i:D2}", Jitter(300), 1, Jitter(40), Jitter(300),
                Shares(("Kitchen", 1)), Shares(("store", 1)), 0, "Kitchen"));
            customers.Add(new($"books{i:D2}", Jitter(60), 4 + random.Next(3), Jitter(250), Jitter(400),
                Shares(("Books", 0.8), ("Garden", 0.2)), Shares(("phone", 1)), Jitter(0.6), "Books"));
        }

        return customers;
    }

    private static Dictionary<string, double> Shares(params (string Key, double Share)[] shares) =>
        shares.ToDictionary(s => s.Key, s => s.Share, StringComparer.Ordinal);

    [Fact]
    public void Finds_the_planted_groups_and_describes_them_in_words()
    {
        var result = BehaviourClustering.Fit(PlantedGroups());

        Assert.Equal(3, result.K);
        Assert.Equal(3, result.SilhouetteByK.MaxBy(kv => kv.Value).Key);
        Assert.Equal(7, result.SilhouetteByK.Count);
        Assert.All(result.Clusters, c => Assert.Equal(60, c.Size));

        // Every planted group lands in one cluster of its own.
        foreach (var prefix in new[] { "garden", "kitchen", "books" })
        {
            var ids = result.Assignments.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(a => a.Value).Distinct().ToList();
            Assert.Single(ids);
        }

        var garden = result.Clusters[result.Assignments["garden00"]];
        Assert.Contains(garden.Traits, t => t.Phrase == "buy often");
        Assert.Contains(garden.Traits, t => t.Phrase == "favour Garden");
        Assert.Contains(garden.Traits, t => t.Phrase == "bought recently");
        Assert.StartsWith("Customers who ", garden.Description, StringComparison.Ordinal);
        Assert.InRange(garden.MedianSpend, 1700, 2300);

        var kitchen = result.Clusters[result.Assignments["kitchen00"]];
        Assert.Contains(kitchen.Traits, t => t.Phrase == "buy mostly via store");
        Assert.Equal(1, kitchen.MedianPurchaseDays);

        var books = result.Clusters[result.Assignments["books00"]];
        Assert.Contains(books.Traits, t => t.Phrase == "buy on discount");
        Assert.All(books.Traits.Zip(books.Traits.Skip(1)), pair => Assert.True(Math.Abs(pair.First.StandardScore) >= Math.Abs(pair.Second.StandardScore)));
    }

    [Fact]
    public void Same_seed_gives_the_same_clusters()
    {
        var first = BehaviourClustering.Fit(PlantedGroups(), new BehaviourClusterOptions { MaxClusters = 5 });
        var second = BehaviourClustering.Fit(PlantedGroups(), new BehaviourClusterOptions { MaxClusters = 5 });
        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.SilhouetteByK, second.SilhouetteByK);
        Assert.Equal(first.Clusters.Select(c => c.Description), second.Clusters.Select(c => c.Description));
    }

    [Fact]
    public void Silhouette_matches_a_hand_computed_value()
    {
        // Clusters {0, 1} and {10, 11} on a line: s = 9.5/10.5 for the outer points and 8.5/9.5 for
        // the inner ones, so the mean is (9.5/10.5 + 8.5/9.5) / 2 = 0.8997494.
        float[][] points = [[0f], [1f], [10f], [11f]];
        var silhouette = new Silhouette(points, 100, 1);
        Assert.Equal(0.8997494, silhouette.Mean([0, 0, 1, 1], 2), 6);
        Assert.True(silhouette.Mean([0, 1, 0, 1], 2) < 0);
    }

    [Fact]
    public void Rejects_too_few_customers_and_customers_that_do_not_differ()
    {
        var one = PlantedGroups().Take(2).ToList();
        Assert.Throws<ArgumentException>(() => BehaviourClustering.Fit(one));
        var same = Enumerable.Range(0, 10)
            .Select(i => new CustomerBehaviour($"c{i}", 5, 2, 100, 50, Shares(("A", 1)), Shares(("web", 1)), 0, "A"))
            .ToList();
        Assert.Contains("do not differ", Assert.Throws<ArgumentException>(() => BehaviourClustering.Fit(same)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BehaviourClustering.Fit(PlantedGroups(), new BehaviourClusterOptions { MinClusters = 5, MaxClusters = 4 }));
    }

    [Fact]
    public void Behaviour_from_orders_gives_shares_days_and_discounts()
    {
        Item[] items =
        [
            Product("rake", "Garden/Tools", 20m),
            Product("pot", "Garden", 10m),
            Product("pan", "Kitchen/Pans", 30m),
        ];
        Order[] orders =
        [
            new("o1", "ann", _asOf.AddDays(-30), "web", null, [new(1, "rake", 1, 20m), new(2, "pan", 1, 30m)]),
            new("o2", "ann", _asOf.AddDays(-30).AddHours(2), "store", null, [new(1, "pot", 2, 5m)]),
            new("o3", "ann", _asOf.AddDays(-10), "web", null, [new(1, "pot", 4, 10m)]),
            new("o4C", "ann", _asOf.AddDays(-9), "web", null, [new(1, "pot", -1, 10m)]),
            new("o5", "ann", _asOf.AddDays(5), "web", null, [new(1, "pan", 9, 30m)]),
            new("o6", null, _asOf.AddDays(-3), "web", null, [new(1, "pan", 1, 30m)]),
        ];

        var ann = Assert.Single(CustomerBehaviourBuilder.FromOrders(orders, items, _asOf));
        Assert.Equal(10, ann.DaysSinceLastPurchase);
        Assert.Equal(30, ann.TenureDays);
        Assert.Equal(2, ann.PurchaseDays);
        Assert.Equal(100, ann.Spend);

        // Garden 20 + 10 + 40 = 70 of 100; Kitchen 30; the two pots at 5 instead of 10 are discounted.
        Assert.Equal(0.7, ann.CategoryShares["Garden"], 12);
        Assert.Equal(0.3, ann.CategoryShares["Kitchen"], 12);
        Assert.Equal("Garden", ann.TopCategory);
        Assert.Equal(2 / 3.0, ann.ChannelShares["web"], 12);
        Assert.Equal(1 / 3.0, ann.ChannelShares["store"], 12);
        Assert.Equal(0.1, ann.DiscountShare, 12);
    }

    [Fact]
    public void Micro_segments_cross_rfm_segments_with_top_categories()
    {
        RfmScore[] scores =
        [
            new("a", 1, 1, 1, 5, 5, 5, "Champions"),
            new("b", 1, 1, 1, 5, 5, 5, "Champions"),
            new("c", 1, 1, 1, 5, 5, 5, "Champions"),
            new("d", 1, 1, 1, 1, 1, 1, "Lost"),
            new("e", 1, 1, 1, 1, 1, 1, "Lost"),
            new("z", 1, 1, 1, 1, 1, 1, "Lost"),
        ];
        CustomerBehaviour[] behaviours =
        [
            Behaviour("a", "Garden"), Behaviour("b", "Garden"), Behaviour("c", "Books"),
            Behaviour("d", "Books"), Behaviour("e", null),
        ];
        var segments = MicroSegments.Count(scores, behaviours);
        Assert.Equal(
            [new MicroSegment("Champions", "Garden", 2), new MicroSegment("Champions", "Books", 1), new MicroSegment("Lost", null, 1), new MicroSegment("Lost", "Books", 1)],
            segments);
    }

    private static CustomerBehaviour Behaviour(string id, string? top) =>
        new(id, 1, 1, 1, 1, new Dictionary<string, double>(), new Dictionary<string, double>(), 0, top);

    private static Item Product(string id, string category, decimal price) =>
        new(id, ItemKind.Product, id, null, category, [], price, null, null, true, null, null);
}
