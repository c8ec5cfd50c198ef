namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Recommends what many users interact with (popular) or what is rising fast (trending). The
/// baseline every personalised model must beat, and the answer for a visitor with no history.
/// </summary>
public sealed class PopularityTrainer(PopularityOptions options) : IRecommenderTrainer
{
    public PopularityTrainer()
        : this(new PopularityOptions())
    {
    }

    public string Name => options.Trending ? "trending" : "popularity";

    public IReadOnlyDictionary<string, object> Parameters => options.Trending
        ? new Dictionary<string, object> { ["trendingPrior"] = options.TrendingPrior }
        : new Dictionary<string, object>();

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.UserItems.NonZeros == 0)
        {
            throw new ArgumentException("There are no interactions to count.", nameof(data));
        }

        // Popularity counts users, not weight: one enthusiast must not outweigh many casual buyers.
        var users = new float[data.ItemCount];
        var itemUsers = data.ItemUsers;
        for (var item = 0; item < data.ItemCount; item++)
        {
            users[item] = itemUsers.RowLength(item);
        }

        if (!options.Trending || data.Activity is null)
        {
            return new PopularityModel(Name, users);
        }

        var recent = data.Activity.Recent;
        var baseline = data.Activity.Baseline;
        var recentTotal = Math.Max(1e-6, recent.Sum(v => (double)v));
        var baselineTotal = Math.Max(1e-6, baseline.Sum(v => (double)v));
        var scores = new float[data.ItemCount];
        for (var item = 0; item < scores.Length; item++)
        {
            // Share of recent activity over share of baseline activity: above 1 means rising. Multiplied by
            // recent activity so that a rise of something nobody looks at does not win.
            var velocity = (recent[item] / recentTotal) / ((baseline[item] + options.TrendingPrior) / baselineTotal);
            scores[item] = (float)(velocity * recent[item]);
        }

        return new PopularityModel(Name, scores);
    }
}
