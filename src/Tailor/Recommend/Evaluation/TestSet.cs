namespace Tailor.Recommend.Evaluation;

/// <summary>
/// Held-out (user, item) pairs grouped by user, by external ids, in a fixed order. Each user has at
/// least one item and no item twice.
/// </summary>
public sealed class TestSet
{
    private readonly Dictionary<string, TestUser> _byUser;

    /// <summary>Builds a test set; duplicate items of a user are kept once and users without items are dropped.</summary>
    /// <exception cref="ArgumentException">A user appears twice.</exception>
    public TestSet(IEnumerable<TestUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        _byUser = new Dictionary<string, TestUser>(StringComparer.Ordinal);
        var list = new List<TestUser>();
        foreach (var user in users)
        {
            ArgumentNullException.ThrowIfNull(user);
            var items = user.Items.Distinct(StringComparer.Ordinal).ToArray();
            if (items.Length == 0)
            {
                continue;
            }

            var normalised = new TestUser(user.User, items);
            if (!_byUser.TryAdd(user.User, normalised))
            {
                throw new ArgumentException($"User '{user.User}' appears twice in the test set.", nameof(users));
            }

            list.Add(normalised);
            PairCount += items.Length;
        }

        Users = list;
    }

    /// <summary>The users, in the order they were given.</summary>
    public IReadOnlyList<TestUser> Users { get; }

    /// <summary>Number of users.</summary>
    public int Count => Users.Count;

    /// <summary>Number of (user, item) pairs.</summary>
    public int PairCount { get; }

    /// <summary>The relevant items of <paramref name="user"/>, or an empty list when the user is not in the set.</summary>
    public IReadOnlyList<string> ItemsOf(string user) => _byUser.TryGetValue(user, out var found) ? found.Items : [];

    /// <summary>Whether <paramref name="user"/> has held-out items.</summary>
    public bool Contains(string user) => _byUser.ContainsKey(user);

    /// <summary>Pairs whose item <paramref name="items"/> knows: the most hits any model trained on them could get.</summary>
    public int CountKnownPairs(IdMap items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var known = 0;
        foreach (var user in Users)
        {
            foreach (var item in user.Items)
            {
                known += items.TryGetIndex(item, out _) ? 1 : 0;
            }
        }

        return known;
    }

    /// <summary>The users that <paramref name="users"/> knows (the ones an evaluation can score), in the same order.</summary>
    public TestSet Restrict(IdMap users)
    {
        ArgumentNullException.ThrowIfNull(users);
        return new TestSet(Users.Where(u => users.TryGetIndex(u.User, out _)));
    }

    /// <summary>Distinct pairs, users and their items in order of first appearance.</summary>
    public static TestSet FromPairs(IEnumerable<(string User, string Item)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var order = new List<string>();
        var items = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (user, item) in pairs)
        {
            if (!items.TryGetValue(user, out var list))
            {
                list = [];
                items[user] = list;
                order.Add(user);
            }

            list.Add(item);
        }

        return new TestSet(order.Select(u => new TestUser(u, items[u])));
    }

    /// <summary>
    /// The distinct (user, item) pairs of the interactions with a positive weight (a cancellation is
    /// not evidence of interest), in order of first appearance. Use it for an external test file.
    /// </summary>
    public static TestSet FromInteractions(IEnumerable<Interaction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        return FromPairs(interactions.Where(i => i.Weight > 0).Select(i => (i.User, i.Item)));
    }
}
