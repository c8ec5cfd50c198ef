namespace Tailor.Recommend;

/// <summary>
/// Users by items, in CSR form with float32 strengths, plus the id maps. Built once per training;
/// algorithms read it and never change it.
/// </summary>
public sealed class InteractionMatrix
{
    private SparseMatrix? _itemUsers;

    public InteractionMatrix(IdMap users, IdMap items, SparseMatrix userItems, ItemActivity? activity = null)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(userItems);
        if (userItems.Rows != users.Count || userItems.Columns != items.Count)
        {
            throw new ArgumentException(
                $"A {userItems.Rows} x {userItems.Columns} matrix does not fit {users.Count} users and {items.Count} items.");
        }

        Users = users;
        Items = items;
        UserItems = userItems;
        Activity = activity;
    }

    /// <summary>Recent and long-run activity per item, when the matrix was built from timed interactions.</summary>
    public ItemActivity? Activity { get; }

    public IdMap Users { get; }

    public IdMap Items { get; }

    /// <summary>Row per user, column per item.</summary>
    public SparseMatrix UserItems { get; }

    /// <summary>Row per item, column per user (the transpose, computed once on first use).</summary>
    public SparseMatrix ItemUsers => _itemUsers ??= UserItems.Transpose();

    public int UserCount => Users.Count;

    public int ItemCount => Items.Count;

    /// <summary>
    /// Builds the matrix: weights summed per (user, item) after time decay, cancellations subtracting,
    /// and cells that end at zero or below dropped.
    /// </summary>
    /// <param name="interactions">Weighted interactions.</param>
    /// <param name="options">Decay and binarisation.</param>
    /// <param name="referenceTime">"Now" for time decay: usually the newest interaction or the training time.</param>
    /// <param name="catalogue">
    /// Items to include even without interactions (so content models and rules know them), in index
    /// order; items seen only in interactions are appended.
    /// </param>
    public static InteractionMatrix Build(
        IEnumerable<Interaction> interactions,
        InteractionOptions options,
        DateTimeOffset referenceTime,
        IEnumerable<string>? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentNullException.ThrowIfNull(options);
        var users = new IdMap();
        var items = catalogue is null ? new IdMap() : new IdMap(catalogue);
        var cells = new Dictionary<long, float>();
        var activity = new ItemActivity.Builder(referenceTime);
        foreach (var interaction in interactions)
        {
            var user = users.GetOrAdd(interaction.User);
            var item = items.GetOrAdd(interaction.Item);
            activity.Add(item, interaction.Weight, interaction.Timestamp);
            var key = ((long)user << 32) | (uint)item;
            var decay = InteractionWeighting.Decay(options, referenceTime, interaction.Timestamp);
            cells[key] = InteractionWeighting.Add(options, cells.GetValueOrDefault(key), interaction.Weight, decay);
        }

        var entries = new List<(int, int, float)>(cells.Count);
        foreach (var (key, weight) in cells)
        {
            if (weight > 1e-6f)
            {
                entries.Add(((int)(key >> 32), (int)(key & 0xffffffff), InteractionWeighting.Final(options, weight)));
            }
        }

        return new InteractionMatrix(users, items, SparseMatrix.FromEntries(users.Count, items.Count, entries),
            activity.Build(items.Count));
    }
}
