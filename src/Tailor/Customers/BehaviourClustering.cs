namespace Tailor.Customers;

/// <summary>
/// Groups customers by behaviour with k-means on standardised features (log recency, log purchase
/// days, log spend, log tenure, category and channel shares, discount share), choosing k by the mean
/// silhouette, and describes each cluster by the features on which its mean differs most from the
/// average customer. Logs tame the long right tails of spend and frequency, which would otherwise
/// give a few big customers clusters of their own.
/// </summary>
public static class BehaviourClustering
{
    /// <summary>Clusters with default options (k from 2 to 8).</summary>
    /// <inheritdoc cref="Fit(IReadOnlyList{CustomerBehaviour}, BehaviourClusterOptions, CancellationToken)"/>
    public static BehaviourClusters Fit(IReadOnlyList<CustomerBehaviour> customers, CancellationToken cancellationToken = default) =>
        Fit(customers, new BehaviourClusterOptions(), cancellationToken);

    /// <summary>Clusters the customers.</summary>
    /// <param name="customers">Behaviour per customer; ids unique.</param>
    /// <param name="options">Range of k, seed, feature counts.</param>
    /// <param name="cancellationToken">Checked between values of k.</param>
    /// <exception cref="ArgumentException">Fewer customers than MinClusters + 1, duplicate ids, no feature that varies, or options out of range.</exception>
    public static BehaviourClusters Fit(IReadOnlyList<CustomerBehaviour> customers, BehaviourClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = customers.Count;
        if (n <= options.MinClusters)
        {
            throw new ArgumentException($"Clustering into at least {options.MinClusters} groups needs more than {options.MinClusters} customers (has {n}).", nameof(customers));
        }

        if (customers.Select(c => c.CustomerId).Distinct(StringComparer.Ordinal).Count() != n)
        {
            throw new ArgumentException("Customer ids must be unique.", nameof(customers));
        }

        var (features, points) = Standardise(customers, Candidates(customers, options));
        var silhouette = new Silhouette(points, options.SilhouetteSample, options.Seed);
        var scores = new SortedDictionary<int, double>();
        int[]? best = null;
        var bestK = 0;
        var bestScore = double.NegativeInfinity;
        for (var k = options.MinClusters; k <= Math.Min(options.MaxClusters, n - 1); k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var labels = KMeans.Assign(points, k, options.Seed, options.MaxIterations);
            var score = silhouette.Mean(labels, k);
            scores[k] = score;
            if (score > bestScore)
            {
                (best, bestK, bestScore) = (labels, k, score);
            }
        }

        return Describe(customers, features, points, best!, bestK, scores, options.TraitThreshold);
    }

    private static List<BehaviourFeature> Candidates(IReadOnlyList<CustomerBehaviour> customers, BehaviourClusterOptions options)
    {
        var features = new List<BehaviourFeature>
        {
            new("recency", "have not bought for a while", "bought recently", c => Math.Log(1 + c.DaysSinceLastPurchase)),
            new("frequency", "buy often", "buy rarely", c => Math.Log(1 + c.PurchaseDays)),
            new("spend", "spend a lot", "spend little", c => Math.Log(1 + c.Spend)),
            new("tenure", "have been customers for long", "are recent customers", c => Math.Log(1 + c.TenureDays)),
        };
        foreach (var category in MostCommon(customers.Select(c => c.CategoryShares.Keys), options.MaxCategories))
        {
            features.Add(new($"category:{category}", $"favour {category}", $"seldom buy {category}", c => c.CategoryShares.GetValueOrDefault(category)));
        }

        foreach (var channel in MostCommon(customers.Select(c => c.ChannelShares.Keys), options.MaxChannels))
        {
            features.Add(new($"channel:{channel}", $"buy mostly via {channel}", $"seldom buy via {channel}", c => c.ChannelShares.GetValueOrDefault(channel)));
        }

        features.Add(new("discount", "buy on discount", "seldom buy on discount", c => c.DiscountShare));
        return features;
    }

    private static IEnumerable<string> MostCommon(IEnumerable<IEnumerable<string>> keys, int count) =>
        keys.SelectMany(k => k)
            .GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => g.Key);

    private static (List<BehaviourFeature> Features, float[][] Points) Standardise(IReadOnlyList<CustomerBehaviour> customers, List<BehaviourFeature> candidates)
    {
        var n = customers.Count;
        var kept = new List<BehaviourFeature>();
        var columns = new List<double[]>();
        foreach (var feature in candidates)
        {
            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = feature.Value(customers[i]);
            }

            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / n);

            // A feature every customer shares says nothing and would divide by zero.
            if (sd < 1e-9)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                values[i] = (values[i] - mean) / sd;
            }

            kept.Add(feature);
            columns.Add(values);
        }

        if (kept.Count == 0)
        {
            throw new ArgumentException("The customers do not differ on any feature, so there is nothing to cluster.", nameof(customers));
        }

        var points = new float[n][];
        for (var i = 0; i < n; i++)
        {
            points[i] = new float[kept.Count];
            for (var d = 0; d < kept.Count; d++)
            {
                points[i][d] = (float)columns[d][i];
            }
        }

        return (kept, points);
    }

    private static BehaviourClusters Describe(
        IReadOnlyList<CustomerBehaviour> customers,
        List<BehaviourFeature> features,
        float[][] points,
        int[] labels,
        int k,
        SortedDictionary<int, double> scores,
        double threshold)
    {
        // Renumber so the largest cluster is 0; ties keep k-means' order.
        var sizes = new int[k];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var order = Enumerable.Range(0, k).Where(c => sizes[c] > 0).OrderByDescending(c => sizes[c]).ThenBy(c => c).ToArray();
        var clusters = new List<BehaviourCluster>(order.Length);
        var assignments = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < order.Length; id++)
        {
            var members = Enumerable.Range(0, customers.Count).Where(i => labels[i] == order[id]).ToArray();
            foreach (var i in members)
            {
                assignments[customers[i].CustomerId] = id;
            }

            var traits = new List<ClusterTrait>();
            for (var d = 0; d < features.Count; d++)
            {
                var mean = members.Average(i => (double)points[i][d]);
                if (Math.Abs(mean) >= threshold)
                {
                    traits.Add(new ClusterTrait(features[d].Name, mean, mean > 0 ? features[d].High : features[d].Low));
                }
            }

            traits.Sort((x, y) => Math.Abs(y.StandardScore).CompareTo(Math.Abs(x.StandardScore)));
            clusters.Add(new BehaviourCluster(
                id,
                members.Length,
                Sentence(traits),
                traits,
                Median(members.Select(i => customers[i].DaysSinceLastPurchase)),
                Median(members.Select(i => (double)customers[i].PurchaseDays)),
                Median(members.Select(i => customers[i].Spend))));
        }

        return new BehaviourClusters(clusters, assignments, scores, features.Select(f => f.Name).ToArray());
    }

    private static string Sentence(List<ClusterTrait> traits)
    {
        var phrases = traits.Take(3).Select(t => t.Phrase).ToList();
        if (phrases.Count == 0)
        {
            return "Customers close to the average on every feature";
        }

        var text = phrases.Count == 1 ? phrases[0] : string.Join(", ", phrases.Take(phrases.Count - 1)) + " and " + phrases[^1];
        return "Customers who " + text;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }
}
