namespace Tailor.Recommend.Algorithms;

/// <summary>Item-based collaborative filtering: items bought or viewed by the same people are neighbours.</summary>
public sealed class ItemKnnTrainer(ItemKnnOptions options) : IRecommenderTrainer
{
    public ItemKnnTrainer()
        : this(new ItemKnnOptions())
    {
    }

    public string Name => "item-knn";

    public IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["neighbours"] = options.Neighbours,
        ["shrinkage"] = options.Shrinkage,
        ["weighting"] = options.Weighting.ToString().ToLowerInvariant(),
    };

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (options.Neighbours < 1)
        {
            throw new ArgumentException($"Neighbours must be at least 1, not {options.Neighbours}.", nameof(data));
        }

        if (options.Shrinkage < 0 || options.Bm25K1 <= 0 || options.Bm25B is < 0 or > 1)
        {
            throw new ArgumentException("Shrinkage must be >= 0, BM25 K1 > 0 and BM25 B between 0 and 1.", nameof(data));
        }

        if (data.UserItems.NonZeros == 0)
        {
            throw new ArgumentException("There are no interactions to learn item neighbours from.", nameof(data));
        }

        var weighted = Weigh(data.UserItems);
        var neighbours = CosineNeighbours.Compute(weighted.Transpose(), options.Neighbours, options.Shrinkage, cancellationToken);
        return new NeighbourModel(Name, neighbours);
    }

    /// <summary>Applies the weighting to each user's row (users are the "documents" of TF-IDF and BM25).</summary>
    private SparseMatrix Weigh(SparseMatrix userItems)
    {
        if (options.Weighting == NeighbourWeighting.None)
        {
            return userItems;
        }

        var values = new float[userItems.NonZeros];
        var items = userItems.Columns;
        var averageLength = (double)userItems.NonZeros / Math.Max(1, userItems.Rows);
        for (var user = 0; user < userItems.Rows; user++)
        {
            var length = userItems.RowLength(user);
            if (length == 0)
            {
                continue;
            }

            var idf = (float)Math.Log((double)items / length);
            var start = userItems.RowPointers[user];
            var row = userItems.RowValues(user);
            for (var k = 0; k < row.Length; k++)
            {
                var tf = row[k];
                values[start + k] = options.Weighting == NeighbourWeighting.TfIdf
                    ? tf * idf
                    : tf * (options.Bm25K1 + 1) / (tf + (options.Bm25K1 * (float)(1 - options.Bm25B + (options.Bm25B * length / averageLength)))) * idf;
            }
        }

        return userItems.WithValues(values);
    }
}
