using System.Text.RegularExpressions;
using Tailor.Data;

namespace Tailor.Tests.Simulation;

[Collection(SimulatedShopCollection.Name)]
public class SimulatedShopStructureTests(SimulatedShopFixture fixture)
{
    private readonly Tailor.Simulation.SimulatedShop _shop = fixture.Shop;

    [Fact]
    public void The_default_shop_has_the_documented_size()
    {
        Assert.Equal(2000, _shop.Customers.Count);
        Assert.Equal(500, _shop.Items.Count);
        Assert.Equal(40, _shop.Items.Count(i => i.Kind == ItemKind.Content));
        Assert.InRange(_shop.Orders.Count, 15_000, 40_000);
        Assert.InRange(_shop.Events.Count, 200_000, 600_000);
        Assert.InRange(_shop.CampaignSends.Select(s => s.CampaignId).Distinct().Count(), 2 * 24, 4 * 24);
        Assert.Equal("default", _shop.Shop.Id);
    }

    [Fact]
    public void Ids_are_unique_and_follow_the_documented_formats()
    {
        AssertIds(_shop.Customers.Select(c => c.ExternalId), "^C[0-9]{5}$");
        AssertIds(_shop.Items.Select(i => i.ExternalId), "^I[0-9]{4}$");
        AssertIds(_shop.Orders.Select(o => o.ExternalId), "^O[0-9]{6}C?$");
        AssertIds(_shop.Events.Select(e => e.IdempotencyKey), "^default-E[0-9]{7}$");
        Assert.All(_shop.CampaignSends, s => Assert.Matches("^CMP[0-9]{4}$", s.CampaignId));
    }

    [Fact]
    public void Orders_events_and_sends_are_sorted_by_time_in_utc_within_the_period()
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = start.AddDays(730);
        AssertSortedInPeriod(_shop.Orders.Select(o => o.Timestamp).ToList(), start, end);
        AssertSortedInPeriod(_shop.Events.Select(e => e.Timestamp).ToList(), start, end);
        AssertSortedInPeriod(_shop.CampaignSends.Select(s => s.SentAt).ToList(), start, end);
        Assert.All(_shop.Customers, c => Assert.Equal(TimeSpan.Zero, c.CreatedAt.Offset));
    }

    [Fact]
    public void Order_lines_are_numbered_from_one_and_only_corrections_are_negative()
    {
        var byId = _shop.Orders.ToDictionary(o => o.ExternalId, StringComparer.Ordinal);
        var negativeLinesInOriginals = 0;
        foreach (var order in _shop.Orders)
        {
            Assert.NotEmpty(order.Lines);
            Assert.Equal(Enumerable.Range(1, order.Lines.Count), order.Lines.Select(l => l.LineNumber));
            if (SimulatedShopFixture.IsCancellation(order))
            {
                var original = byId[order.ExternalId[..^1]];
                Assert.True(original.Timestamp < order.Timestamp);
                Assert.Equal(original.CustomerId, order.CustomerId);
                Assert.All(order.Lines, l => Assert.True(l.Quantity < 0));
                Assert.All(order.Lines, l => Assert.Contains(original.Lines, o => o.ItemId == l.ItemId && o.Quantity >= -l.Quantity));
            }
            else
            {
                Assert.True(order.Lines[0].Quantity > 0);
                Assert.All(order.Lines, l => Assert.InRange(l.Quantity, -1, 3));
                negativeLinesInOriginals += order.Lines.Count(l => l.Quantity < 0);
            }
        }

        var cancellations = _shop.Orders.Count(SimulatedShopFixture.IsCancellation);
        Assert.InRange(cancellations / (double)_shop.Orders.Count, 0.01, 0.03);
        Assert.InRange(negativeLinesInOriginals, 1, _shop.Orders.Count / 50);
        Assert.InRange(_shop.Orders.Average(o => o.Lines.Count), 1.5, 2.5);
    }

    [Fact]
    public void Orders_events_and_sends_refer_to_existing_customers_and_items()
    {
        var customers = _shop.Customers.Select(c => c.ExternalId).ToHashSet(StringComparer.Ordinal);
        var items = _shop.Items.ToDictionary(i => i.ExternalId, StringComparer.Ordinal);
        Assert.All(_shop.Orders, o =>
        {
            Assert.True(o.CustomerId is null || customers.Contains(o.CustomerId));
            Assert.All(o.Lines, l => Assert.Equal(ItemKind.Product, items[l.ItemId].Kind));
            Assert.All(o.Lines, l => Assert.Equal(items[l.ItemId].Price, l.UnitPrice));
        });
        Assert.All(_shop.Events, e =>
        {
            Assert.True(e.CustomerId is null || customers.Contains(e.CustomerId));
            Assert.True(e.ItemId is null || items.ContainsKey(e.ItemId));
            Assert.True(e.CustomerId is not null || e.SessionId is not null);
        });
        Assert.All(_shop.CampaignSends, s => Assert.Contains(s.CustomerId, customers));
    }

    [Fact]
    public void Every_customer_order_has_one_purchase_event_per_line_and_walk_ins_have_none()
    {
        var purchases = _shop.Events.Where(e => e.Type == EventTypes.Purchase)
            .GroupBy(e => (e.CustomerId, e.Timestamp))
            .ToDictionary(g => g.Key, g => g.ToList());
        var walkIns = 0;
        foreach (var order in _shop.Orders.Where(o => !SimulatedShopFixture.IsCancellation(o)))
        {
            if (order.CustomerId is null)
            {
                walkIns++;
                Assert.Equal("store", order.Channel);
                continue;
            }

            var events = purchases[(order.CustomerId, order.Timestamp)];
            var positive = order.Lines.Where(l => l.Quantity > 0).ToList();
            Assert.Equal(positive.Count, events.Count);
            Assert.Equal(positive.Select(l => l.ItemId).Order(), events.Select(e => e.ItemId!).Order());
            Assert.All(events, e => Assert.Equal(order.Channel, e.Channel));
        }

        Assert.InRange(walkIns, 1, _shop.Orders.Count / 5);
        Assert.Equal(
            _shop.Orders.Where(o => o.CustomerId is not null && !SimulatedShopFixture.IsCancellation(o)).Sum(o => o.Lines.Count(l => l.Quantity > 0)),
            purchases.Values.Sum(v => v.Count));
    }

    [Fact]
    public void The_web_funnel_has_several_views_per_purchase_and_anonymous_sessions_some_of_which_log_in()
    {
        var types = _shop.Events.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.True(types[EventTypes.View] > 3 * types[EventTypes.Purchase]);
        Assert.True(types[EventTypes.AddToCart] > types[EventTypes.Purchase]);
        Assert.True(types[EventTypes.Click] > 0);
        Assert.True(types[EventTypes.Rating] > 0);

        var sessions = _shop.Events.Where(e => e.SessionId is not null).GroupBy(e => e.SessionId!).ToList();
        var anonymousOnly = sessions.Count(g => g.All(e => e.CustomerId is null));
        var merged = sessions.Count(g => g.Any(e => e.CustomerId is null) && g.Any(e => e.CustomerId is not null));
        Assert.InRange(anonymousOnly / (double)sessions.Count, 0.1, 0.6);
        Assert.True(merged > 1000, $"{merged} sessions mix anonymous and identified events");
        Assert.All(sessions.Where(g => g.Any(e => e.CustomerId is not null)), g =>
            Assert.Single(g.Where(e => e.CustomerId is not null).Select(e => e.CustomerId).Distinct()));

        var content = _shop.Items.Where(i => i.Kind == ItemKind.Content).Select(i => i.ExternalId).ToHashSet(StringComparer.Ordinal);
        Assert.True(_shop.Events.Count(e => e.Type == EventTypes.View && content.Contains(e.ItemId!)) > 1000);
    }

    [Fact]
    public void The_catalogue_looks_like_a_small_gift_shop()
    {
        var products = _shop.Items.Where(i => i.Kind == ItemKind.Product).ToList();
        var categories = products.Select(i => i.Category).Distinct().ToList();
        Assert.InRange(categories.Count, 8, 12);
        Assert.All(products, p =>
        {
            Assert.NotNull(p.Price);
            Assert.InRange((double)((p.Price!.Value - p.Cost!.Value) / p.Price.Value), 0.28, 0.62);
            Assert.False(string.IsNullOrWhiteSpace(p.Title));
            Assert.NotEmpty(p.Tags);
            Assert.NotNull(p.Stock);
        });
        Assert.All(_shop.Items.Where(i => i.Kind == ItemKind.Content), c =>
        {
            Assert.Null(c.Price);
            Assert.Null(c.Cost);
            Assert.Contains(c.Category, categories);
        });
        Assert.InRange(products.Count(p => !p.Available), 1, products.Count / 10);
        Assert.InRange(products.Count(p => p.CreatedAt >= new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)), products.Count / 20, products.Count / 4);

        // Prices differ by category (log-normal around category medians), so jewellery costs more than soap.
        var medianByCategory = products.GroupBy(p => p.Category!)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Price!.Value).Order().ElementAt(g.Count() / 2));
        Assert.True(medianByCategory["Accessories/Jewellery"] > 3 * medianByCategory["Beauty/Soap & Bath"]);
    }

    [Fact]
    public void Item_texts_carry_their_category_words()
    {
        // Words seen in only one category are what a TF-IDF model picks up; most descriptions must have some.
        var products = _shop.Items.Where(i => i.Kind == ItemKind.Product).ToList();
        var wordCategories = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var item in products)
        {
            foreach (var word in Words(item))
            {
                if (!wordCategories.TryGetValue(word, out var set))
                {
                    wordCategories[word] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(item.Category!);
            }
        }

        var distinctive = products.Count(item => Words(item).Count(w => wordCategories[w].Count == 1) >= 3);
        Assert.True(distinctive > 0.9 * products.Count, $"{distinctive} of {products.Count} items have three category-specific words");
    }

    [Fact]
    public void Customers_arrive_over_the_period_with_the_documented_consent_shares()
    {
        var truth = fixture.Truth;
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(500, _shop.Customers.Count(c => c.CreatedAt < start));
        Assert.True(_shop.Customers.Zip(_shop.Customers.Skip(1)).All(p => p.First.CreatedAt <= p.Second.CreatedAt));
        Assert.InRange(truth.Customers.Average(c => c.ConsentAtSignup.Personalization ? 1.0 : 0), 0.86, 0.94);
        Assert.InRange(truth.Customers.Average(c => c.ConsentAtSignup.EmailMarketing ? 1.0 : 0), 0.55, 0.65);
        Assert.InRange(truth.Customers.Average(c => c.ConsentAtSignup.Analytics ? 1.0 : 0), 0.92, 0.98);
        Assert.All(_shop.Customers, c => Assert.False(string.IsNullOrEmpty(c.Country)));

        // A new customer signs up while placing their first order.
        foreach (var customer in _shop.Customers.Where(c => c.CreatedAt >= start))
        {
            if (fixture.OrdersByCustomer.TryGetValue(customer.ExternalId, out var orders))
            {
                Assert.InRange((orders[0].Timestamp - customer.CreatedAt).TotalMinutes, 1, 11);
            }
        }
    }

    [Fact]
    public void Spend_rows_have_positive_amounts_and_delivery()
    {
        Assert.All(_shop.Spend, s =>
        {
            Assert.True(s.Amount > 0);
            Assert.True(s.Impressions > 0);
            Assert.NotNull(s.Conversions);
            Assert.NotNull(s.Revenue);
        });
        Assert.Equal(_shop.Spend.Count, _shop.Spend.Select(s => (s.Channel, s.Date)).Distinct().Count());
        Assert.Equal(5, _shop.Spend.Select(s => s.Channel).Distinct().Count());
    }

    private static HashSet<string> Words(Item item) =>
        Regex.Split($"{item.Title} {item.Description}".ToLowerInvariant(), "[^a-z]+")
            .Where(w => w.Length > 3)
            .ToHashSet(StringComparer.Ordinal);

    private static void AssertIds(IEnumerable<string> ids, string pattern)
    {
        var list = ids.ToList();
        Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
        Assert.All(list, id => Assert.Matches(pattern, id));
    }

    private static void AssertSortedInPeriod(List<DateTimeOffset> times, DateTimeOffset start, DateTimeOffset end)
    {
        for (var i = 1; i < times.Count; i++)
        {
            Assert.True(times[i - 1] <= times[i], $"out of order at {i}");
        }

        Assert.All(times, t => Assert.Equal(TimeSpan.Zero, t.Offset));
        Assert.True(times[0] >= start);
        Assert.True(times[^1] < end);
    }
}
