namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Frequently bought together: pair counts over orders (baskets), kept when they beat chance. As a
/// recommender, a user's score for an item is the summed confidence from the items in their history.
/// </summary>
public sealed class BoughtTogetherTrainer(IEnumerable<IReadOnlyCollection<string>> baskets, BoughtTogetherOptions options)
    : IRecommenderTrainer
{
    public BoughtTogetherTrainer(IEnumerable<IReadOnlyCollection<string>> baskets)
        : this(baskets, new BoughtTogetherOptions())
    {
    }

    public string Name => "bought-together";

    public IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["minCount"] = options.MinCount,
        ["minLift"] = options.MinLift,
        ["maxPerItem"] = options.MaxPerItem,
    };

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default) => FitRules(data, cancellationToken);

    /// <summary>Fits the rules, typed, for queries that want support and lift.</summary>
    public BoughtTogetherModel FitRules(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(baskets);
        if (options.MinCount < 1 || options.MaxPerItem < 1 || options.MaxBasketSize < 2)
        {
            throw new ArgumentException("MinCount and MaxPerItem must be at least 1, MaxBasketSize at least 2.", nameof(data));
        }

        var itemOrders = new int[data.ItemCount];
        var pairs = new Dictionary<long, int>();
        var orders = 0;
        var basket = new List<int>();
        foreach (var order in baskets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            basket.Clear();
            foreach (var id in order)
            {
                if (data.Items.TryGetIndex(id, out var index) && !basket.Contains(index))
                {
                    basket.Add(index);
                }
            }

            if (basket.Count == 0)
            {
                continue;
            }

            orders++;
            foreach (var item in basket)
            {
                itemOrders[item]++;
            }

            if (basket.Count > options.MaxBasketSize)
            {
                continue;
            }

            for (var a = 0; a < basket.Count; a++)
            {
                for (var b = a + 1; b < basket.Count; b++)
                {
                    var (lo, hi) = basket[a] < basket[b] ? (basket[a], basket[b]) : (basket[b], basket[a]);
                    var key = ((long)lo << 32) | (uint)hi;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }

        if (orders == 0)
        {
            throw new ArgumentException("No order contains a known item: there is nothing to associate.", nameof(data));
        }

        var rules = new List<AssociationRule>[data.ItemCount];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = [];
        }

        foreach (var (key, count) in pairs)
        {
            if (count < options.MinCount)
            {
                continue;
            }

            var a = (int)(key >> 32);
            var b = (int)(key & 0xffffffff);
            Consider(rules[a], a, b, count);
            Consider(rules[b], b, a, count);
        }

        void Consider(List<AssociationRule> list, int antecedent, int consequent, int count)
        {
            var confidence = (double)count / itemOrders[antecedent];
            var lift = confidence / ((double)itemOrders[consequent] / orders);
            if (lift >= options.MinLift)
            {
                list.Add(new AssociationRule(consequent, count, (double)count / orders, confidence, lift));
            }
        }

        for (var i = 0; i < rules.Length; i++)
        {
            rules[i].Sort((x, y) => y.Confidence != x.Confidence ? y.Confidence.CompareTo(x.Confidence) : x.Item.CompareTo(y.Item));
            if (rules[i].Count > options.MaxPerItem)
            {
                rules[i].RemoveRange(options.MaxPerItem, rules[i].Count - options.MaxPerItem);
            }
        }

        return new BoughtTogetherModel(rules.Select(r => (IReadOnlyList<AssociationRule>)r.ToArray()).ToArray());
    }
}
