using Tailor.Data;

namespace Tailor.Recommend;

/// <summary>
/// A user's history in a model's item space: indices, strengths and how each item got there. Built
/// from live data at request time, so the newest event counts.
/// </summary>
public sealed class UserHistory
{
    private UserHistory(int[] items, float[] weights, HistorySource[] sources, HashSet<int> bought)
    {
        Items = items;
        Weights = weights;
        Sources = sources;
        Bought = bought;
    }

    public int[] Items { get; }

    public float[] Weights { get; }

    public HistorySource[] Sources { get; }

    /// <summary>Items the user bought (and did not fully cancel).</summary>
    public IReadOnlySet<int> Bought { get; }

    public bool IsEmpty => Items.Length == 0;

    public static UserHistory Empty { get; } = new([], [], [], []);

    /// <summary>A customer's orders and events, weighted and decayed as in training.</summary>
    public static UserHistory FromActivity(CustomerActivity activity, IdMap items, InteractionOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var interactions = new List<(Interaction, HistorySource)>();
        foreach (var interaction in InteractionSource.FromOrders(activity.Orders, options))
        {
            interactions.Add((interaction, HistorySource.Bought));
        }

        foreach (var e in activity.Events)
        {
            if (InteractionSource.TryFromEvent(e, options, out var interaction))
            {
                interactions.Add((interaction, SourceOf(e.Type)));
            }
        }

        return Build(interactions, items, options, now);
    }

    /// <summary>An anonymous session's recent items, most recent last; later items weigh a little more.</summary>
    public static UserHistory FromItems(IReadOnlyList<string> recentItems, IdMap items)
    {
        ArgumentNullException.ThrowIfNull(recentItems);
        ArgumentNullException.ThrowIfNull(items);
        var weights = new Dictionary<int, float>();
        for (var i = 0; i < recentItems.Count; i++)
        {
            if (items.TryGetIndex(recentItems[i], out var index))
            {
                weights[index] = Math.Max(weights.GetValueOrDefault(index), 1f + (0.1f * i));
            }
        }

        var keys = weights.Keys.Order().ToArray();
        return new UserHistory(keys, keys.Select(k => weights[k]).ToArray(), keys.Select(_ => HistorySource.Viewed).ToArray(), []);
    }

    /// <summary>
    /// A history of items and strengths alone, for the span form of <see cref="IRecommender.Score"/>:
    /// models read only items and weights, so nothing is marked bought (only business rules read that,
    /// and evaluation calls this for every user).
    /// </summary>
    public static UserHistory FromSpans(ReadOnlySpan<int> items, ReadOnlySpan<float> weights)
    {
        if (items.Length != weights.Length)
        {
            throw new ArgumentException($"{items.Length} items but {weights.Length} weights.", nameof(weights));
        }

        return new UserHistory(items.ToArray(), weights.ToArray(), new HistorySource[items.Length], []);
    }

    /// <summary>A history from a training matrix row (for evaluation and tests).</summary>
    public static UserHistory FromRow(SparseMatrix userItems, int user)
    {
        ArgumentNullException.ThrowIfNull(userItems);
        var items = userItems.RowColumns(user).ToArray();
        return new UserHistory(items, userItems.RowValues(user).ToArray(), items.Select(_ => HistorySource.Bought).ToArray(), [.. items]);
    }

    private static UserHistory Build(
        IEnumerable<(Interaction Interaction, HistorySource Source)> interactions, IdMap items, InteractionOptions options, DateTimeOffset now)
    {
        var weights = new Dictionary<int, float>();
        var sources = new Dictionary<int, HistorySource>();
        var purchased = new Dictionary<int, float>();
        foreach (var (interaction, source) in interactions)
        {
            if (!items.TryGetIndex(interaction.Item, out var index))
            {
                continue; // an item newer than the model: its own content neighbours cannot be scored yet
            }

            var decay = InteractionWeighting.Decay(options, now, interaction.Timestamp);
            weights[index] = InteractionWeighting.Add(options, weights.GetValueOrDefault(index), interaction.Weight, decay);
            if (source == HistorySource.Bought)
            {
                purchased[index] = purchased.GetValueOrDefault(index) + Math.Sign(interaction.Weight);
            }

            if (!sources.TryGetValue(index, out var known) || source > known)
            {
                sources[index] = source;
            }
        }

        var keys = weights.Where(w => w.Value > 1e-6f).Select(w => w.Key).Order().ToArray();
        return new UserHistory(
            keys,
            keys.Select(k => InteractionWeighting.Final(options, weights[k])).ToArray(),
            keys.Select(k => sources[k]).ToArray(),
            [.. purchased.Where(p => p.Value > 0).Select(p => p.Key)]);
    }

    private static HistorySource SourceOf(string type) => type switch
    {
        EventTypes.AddToCart => HistorySource.AddedToCart,
        EventTypes.Click or EventTypes.EmailClick => HistorySource.Clicked,
        EventTypes.Rating => HistorySource.Rated,
        _ => HistorySource.Viewed,
    };
}
