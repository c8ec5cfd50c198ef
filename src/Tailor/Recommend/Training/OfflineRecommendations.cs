using Tailor.Recommend.Evaluation;

namespace Tailor.Recommend.Training;

/// <summary>Top-N lists for many users at once, for files that outside evaluators score.</summary>
public static class OfflineRecommendations
{
    /// <summary>
    /// Each user's top <paramref name="count"/> items, best first, leaving out the user's training items.
    /// Users the training data does not know get the most popular items.
    /// </summary>
    public static IEnumerable<(string User, string Item, int Rank)> TopN(
        IRecommender model, InteractionMatrix train, IEnumerable<string> users, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(users);
        if (count < 1)
        {
            throw new ArgumentException($"The list length must be at least 1, not {count}.", nameof(count));
        }

        var popular = new float[train.ItemCount];
        for (var item = 0; item < popular.Length; item++)
        {
            popular[item] = train.ItemUsers.RowLength(item);
        }

        var scores = new float[train.ItemCount];
        var selector = new TopKSelector(count);
        var top = new int[count];
        foreach (var user in users)
        {
            cancellationToken.ThrowIfCancellationRequested();
            selector.Clear();
            ReadOnlySpan<int> own = [];
            if (train.Users.TryGetIndex(user, out var index))
            {
                own = train.UserItems.RowColumns(index);
                model.Score(own, train.UserItems.RowValues(index), scores);
            }
            else
            {
                popular.CopyTo(scores, 0);
            }

            var next = 0;
            for (var item = 0; item < scores.Length; item++)
            {
                // Own items are sorted, so one pointer walks them alongside the catalogue.
                while (next < own.Length && own[next] < item)
                {
                    next++;
                }

                if (next < own.Length && own[next] == item)
                {
                    continue;
                }

                selector.Add(item, scores[item]);
            }

            var n = selector.DrainSorted(top);
            for (var rank = 0; rank < n; rank++)
            {
                yield return (user, train.Items[top[rank]], rank + 1);
            }
        }
    }
}
