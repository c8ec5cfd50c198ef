using Tailor.Data;

namespace Tailor.Tests.Simulation;

[Collection(SimulatedShopCollection.Name)]
public class TasteTruthTests(SimulatedShopFixture fixture)
{
    [Fact]
    public void Purchased_items_score_higher_on_the_buyers_taste_than_random_items()
    {
        var truth = fixture.Truth;
        var products = truth.Items.Where((_, i) => fixture.Shop.Items[i].Kind == ItemKind.Product).ToList();
        var rng = new Random(1);
        var wins = 0.0;
        var pairs = 0;
        foreach (var order in fixture.Shop.Orders.Where(o => o.CustomerId is not null && !SimulatedShopFixture.IsCancellation(o)).Take(5000))
        {
            var taste = truth.Customer(order.CustomerId!).Taste;
            foreach (var line in order.Lines)
            {
                var bought = Stats.Dot(taste, truth.Item(line.ItemId).Factors);
                var random = Stats.Dot(taste, products[rng.Next(products.Count)].Factors);
                wins += bought > random ? 1 : bought == random ? 0.5 : 0;
                pairs++;
            }
        }

        Assert.True(wins / pairs > 0.8, $"AUC {wins / pairs:F3}");
    }

    [Fact]
    public void Customers_buy_mostly_in_their_favourite_categories()
    {
        var truth = fixture.Truth;
        var categories = fixture.Shop.Items.ToDictionary(i => i.ExternalId, i => i.Category, StringComparer.Ordinal);
        var lines = fixture.Shop.Orders.Where(o => o.CustomerId is not null && !SimulatedShopFixture.IsCancellation(o))
            .SelectMany(o => o.Lines.Select(l => truth.Customer(o.CustomerId!).FavouriteCategories.Contains(categories[l.ItemId])))
            .ToList();
        var share = lines.Average(f => f ? 1.0 : 0);
        var chance = truth.Customers.Average(c => c.FavouriteCategories.Count) / truth.Categories.Count;
        Assert.True(share > 0.45 && share > 3 * chance, $"{share:F3} of lines in favourite categories (chance {chance:F3})");
    }

    [Fact]
    public void Popularity_is_a_decent_baseline_that_taste_clearly_beats()
    {
        // Train on the first year, test on the second, as an offline evaluation would.
        var truth = fixture.Truth;
        var split = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var products = truth.Items.Where((_, i) => fixture.Shop.Items[i].Kind == ItemKind.Product).ToList();
        var customerOrders = fixture.Shop.Orders.Where(o => o.CustomerId is not null && !SimulatedShopFixture.IsCancellation(o)).ToList();
        var popular = customerOrders.Where(o => o.Timestamp < split)
            .SelectMany(o => o.Lines).GroupBy(l => l.ItemId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(20).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        int popularHits = 0, tasteHits = 0, lines = 0;
        foreach (var order in customerOrders.Where(o => o.Timestamp >= split).Take(3000))
        {
            var taste = truth.Customer(order.CustomerId!).Taste;
            var top = products.OrderByDescending(p => Stats.Dot(taste, p.Factors) + p.Popularity)
                .Take(20).Select(p => p.ItemId).ToHashSet(StringComparer.Ordinal);
            foreach (var line in order.Lines)
            {
                lines++;
                popularHits += popular.Contains(line.ItemId) ? 1 : 0;
                tasteHits += top.Contains(line.ItemId) ? 1 : 0;
            }
        }

        var chance = 20.0 / products.Count;
        var popularRate = popularHits / (double)lines;
        var tasteRate = tasteHits / (double)lines;
        Assert.True(popularRate > 3 * chance, $"popularity hit rate {popularRate:F3} vs chance {chance:F3}");
        Assert.True(tasteRate > 1.5 * popularRate, $"taste hit rate {tasteRate:F3} vs popularity {popularRate:F3}");
    }

    [Fact]
    public void Item_factors_cluster_by_category()
    {
        var truth = fixture.Truth;
        var rng = new Random(2);
        double same = 0, other = 0;
        for (var k = 0; k < 5000; k++)
        {
            var a = truth.Items[rng.Next(truth.Items.Count)];
            var b = truth.Items[rng.Next(truth.Items.Count)];
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            var similarity = Stats.Dot(a.Factors, b.Factors) / Math.Sqrt(Stats.Dot(a.Factors, a.Factors) * Stats.Dot(b.Factors, b.Factors));
            if (a.Category == b.Category)
            {
                same += similarity;
            }
            else
            {
                other += similarity;
            }
        }

        var sameCount = truth.Items.GroupBy(i => i.Category).Sum(g => g.Count() * (double)g.Count()) / (truth.Items.Count * (double)truth.Items.Count);
        Assert.True(same / (5000 * sameCount) > 0.4);
        Assert.True(Math.Abs(other / (5000 * (1 - sameCount))) < 0.2);
        Assert.All(truth.Items, i => Assert.Equal(fixture.Options.TasteDimensions, i.Factors.Count));
        Assert.All(truth.Customers, c => Assert.Equal(fixture.Options.TasteDimensions, c.Taste.Count));
    }
}
