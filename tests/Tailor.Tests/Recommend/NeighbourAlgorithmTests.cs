using Tailor.Data;
using Tailor.Recommend;
using Tailor.Recommend.Algorithms;

namespace Tailor.Tests.Recommend;

public sealed class NeighbourAlgorithmTests
{
    // Item columns over users: i0 = (1,1,0), i1 = (1,0,1), i2 = (0,1,1), i3 = (0,0,1).
    private static readonly InteractionMatrix Matrix = TinyMatrices.FromRows(
        [1, 1, 0, 0],
        [1, 0, 1, 0],
        [0, 1, 1, 1]);

    [Fact]
    public void Item_knn_cosine_matches_hand_computed_similarities()
    {
        var model = (NeighbourModel)new ItemKnnTrainer(new ItemKnnOptions { Weighting = NeighbourWeighting.None, Shrinkage = 0 }).Fit(Matrix);

        // cos(i0,i1) = 1 / (sqrt2 * sqrt2) = 0.5; cos(i1,i3) = 1 / (sqrt2 * 1) = 0.7071; cos(i0,i3) = 0.
        Assert.Equal(0.5f, model.Similarity(0, 1), 5);
        Assert.Equal(0.5f, model.Similarity(0, 2), 5);
        Assert.Equal(0f, model.Similarity(0, 3));
        Assert.Equal(MathF.Sqrt(0.5f), model.Similarity(1, 3), 5);
        Assert.Equal(model.Similarity(3, 2), model.Similarity(2, 3));

        var scores = TinyMatrices.Scores(model, [0, 3]);
        Assert.Equal(0.5f + MathF.Sqrt(0.5f), scores[1], 5);
        Assert.Equal(1, model.StrongestReason([0, 3], [1, 1], candidate: 1)); // i3 contributes 0.707 > 0.5
    }

    [Fact]
    public void Shrinkage_damps_similarities_resting_on_few_users()
    {
        var model = (NeighbourModel)new ItemKnnTrainer(new ItemKnnOptions { Weighting = NeighbourWeighting.None, Shrinkage = 1 }).Fit(Matrix);

        Assert.Equal(1f / 3f, model.Similarity(0, 1), 5); // 1 / (sqrt2 * sqrt2 + 1)
    }

    [Fact]
    public void Only_the_top_k_neighbours_are_kept_and_ties_go_to_the_lower_index()
    {
        var model = (NeighbourModel)new ItemKnnTrainer(new ItemKnnOptions { Weighting = NeighbourWeighting.None, Shrinkage = 0, Neighbours = 1 }).Fit(Matrix);

        // i0's neighbours i1 and i2 tie at 0.5; i1 is kept.
        var only = Assert.Single(model.Neighbours(0));
        Assert.Equal(1, only.Item);
        Assert.Equal(0.5f, only.Similarity, 5);
        Assert.Equal(3, model.Neighbours(1)[0].Item); // i1's best is i3 (0.707)
    }

    [Fact]
    public void Bm25_weighting_changes_similarities_but_keeps_them_in_zero_one()
    {
        var model = (NeighbourModel)new ItemKnnTrainer(new ItemKnnOptions { Shrinkage = 0 }).Fit(Matrix);

        Assert.InRange(model.Similarity(1, 3), 0.01f, 1f);
        Assert.NotEqual(MathF.Sqrt(0.5f), model.Similarity(1, 3), 3);
    }

    [Fact]
    public void Popularity_counts_users_and_trending_favours_recent_rises()
    {
        var popular = (PopularityModel)new PopularityTrainer().Fit(Matrix);
        Assert.Equal([2f, 2f, 2f, 1f], popular.Scores.ToArray());

        var now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var interactions = new List<Interaction>();
        for (var u = 0; u < 30; u++)
        {
            interactions.Add(new Interaction($"old{u}", "steady", 1, now.AddDays(-200 + u)));
        }

        for (var u = 0; u < 8; u++)
        {
            interactions.Add(new Interaction($"new{u}", "rising", 1, now.AddDays(-u)));
            interactions.Add(new Interaction($"new{u}", "steady", 1, now.AddDays(-100)));
        }

        var matrix = InteractionMatrix.Build(interactions, new InteractionOptions { HalfLifeDays = null }, now);
        var trending = (PopularityModel)new PopularityTrainer(new PopularityOptions { Trending = true }).Fit(matrix);
        var steady = matrix.Items.IndexOf("steady");
        var rising = matrix.Items.IndexOf("rising");
        Assert.True(trending.Scores[rising] > trending.Scores[steady]);
        Assert.True(((PopularityModel)new PopularityTrainer().Fit(matrix)).Scores[steady] > 30);
    }

    [Fact]
    public void Content_neighbours_follow_shared_words_category_and_tags()
    {
        Item Item(string id, string title, string category, params string[] tags) =>
            new(id, ItemKind.Product, title, null, category, tags, 1m, null, null, true, null, null);
        var catalogue = new[]
        {
            Item("red-candle", "Red scented candle", "Home/Candles", "gift"),
            Item("blue-candle", "Blue scented candle", "Home/Candles"),
            Item("red-mug", "Red coffee mug", "Kitchen/Mugs", "gift"),
            Item("blue-mug", "Blue coffee mug", "Kitchen/Mugs"),
            Item("tea-towel", "Linen tea towel", "Kitchen/Textiles"),
        };
        var matrix = new InteractionMatrix(new IdMap(), new IdMap(catalogue.Select(i => i.ExternalId)), SparseMatrix.FromEntries(0, 5, []));

        var model = (NeighbourModel)new ContentTrainer(catalogue, new ContentOptions { MaxDocumentFrequency = 0.6 }).Fit(matrix);

        Assert.Equal(1, model.Neighbours(0)[0].Item); // red candle -> blue candle (scented, candle, category)
        Assert.Equal(3, model.Neighbours(2)[0].Item); // red mug -> blue mug
        Assert.True(model.Similarity(2, 4) > 0); // mugs and towels share the Kitchen level
        Assert.Equal(0, model.Similarity(0, 4));
    }

    [Fact]
    public void Bought_together_keeps_pairs_above_chance_with_hand_computed_support_confidence_and_lift()
    {
        string[][] baskets = [["a", "b"], ["a", "b"], ["a", "c"], ["b", "c"], ["d"]];
        var matrix = new InteractionMatrix(new IdMap(), new IdMap(["a", "b", "c", "d"]), SparseMatrix.FromEntries(0, 4, []));

        var model = new BoughtTogetherTrainer(baskets, new BoughtTogetherOptions { MinCount = 1 }).FitRules(matrix);

        // n(a) = n(b) = 3, n(c) = 2, 5 orders. a->b: confidence 2/3, lift (2/3)/(3/5) = 10/9, support 2/5.
        // a->c: confidence 1/3, lift (1/3)/(2/5) = 5/6 < 1, dropped.
        var rule = Assert.Single(model.Rules(0));
        Assert.Equal(1, rule.Item);
        Assert.Equal(2, rule.Count);
        Assert.Equal(0.4, rule.Support, 10);
        Assert.Equal(2.0 / 3.0, rule.Confidence, 10);
        Assert.Equal(10.0 / 9.0, rule.Lift, 10);
        Assert.Empty(model.Rules(2));
        Assert.Equal(2f / 3f, TinyMatrices.Scores(model, [0])[1], 5);
    }
}
