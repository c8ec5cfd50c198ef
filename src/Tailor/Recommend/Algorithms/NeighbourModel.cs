namespace Tailor.Recommend.Algorithms;

/// <summary>
/// An item-to-item model: each item's neighbours with a similarity. A user's score for an item is
/// the sum, over their history, of strength x similarity; the history item contributing most is the
/// reason ("because you bought X"). Serves item kNN, content-based and bought-together models.
/// </summary>
public sealed class NeighbourModel : IExplainingRecommender
{
    private readonly SparseMatrix _neighbours;

    public NeighbourModel(string name, SparseMatrix neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        Name = name;
        _neighbours = neighbours;
    }

    public string Name { get; }

    public int ItemCount => _neighbours.Rows;

    /// <summary>Number of neighbour links kept.</summary>
    public int Links => _neighbours.NonZeros;

    public void Score(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, Span<float> scores)
    {
        scores.Clear();
        for (var h = 0; h < historyItems.Length; h++)
        {
            var item = historyItems[h];
            if ((uint)item >= (uint)ItemCount)
            {
                continue;
            }

            var columns = _neighbours.RowColumns(item);
            var values = _neighbours.RowValues(item);
            var weight = historyWeights[h];
            for (var k = 0; k < columns.Length; k++)
            {
                scores[columns[k]] += weight * values[k];
            }
        }
    }

    public int StrongestReason(ReadOnlySpan<int> historyItems, ReadOnlySpan<float> historyWeights, int candidate)
    {
        var best = -1;
        var bestContribution = 0f;
        for (var h = 0; h < historyItems.Length; h++)
        {
            var contribution = historyWeights[h] * Similarity(historyItems[h], candidate);
            if (contribution > bestContribution)
            {
                bestContribution = contribution;
                best = h;
            }
        }

        return best;
    }

    /// <summary>Similarity of two items, 0 when <paramref name="other"/> is not among <paramref name="item"/>'s neighbours.</summary>
    public float Similarity(int item, int other)
    {
        if ((uint)item >= (uint)ItemCount)
        {
            return 0;
        }

        var at = _neighbours.RowColumns(item).BinarySearch(other);
        return at >= 0 ? _neighbours.RowValues(item)[at] : 0;
    }

    /// <summary>The item's neighbours, most similar first.</summary>
    public IReadOnlyList<(int Item, float Similarity)> Neighbours(int item)
    {
        if ((uint)item >= (uint)ItemCount)
        {
            return [];
        }

        var columns = _neighbours.RowColumns(item);
        var values = _neighbours.RowValues(item);
        var result = new (int Item, float Similarity)[columns.Length];
        for (var k = 0; k < columns.Length; k++)
        {
            result[k] = (columns[k], values[k]);
        }

        Array.Sort(result, (a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Item.CompareTo(b.Item));
        return result;
    }

    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_neighbours.Rows);
        RecommenderSerializer.WriteArray(writer, _neighbours.RowPointers);
        RecommenderSerializer.WriteArray(writer, _neighbours.ColumnIndices);
        RecommenderSerializer.WriteArray(writer, _neighbours.Values);
    }

    public static Func<BinaryReader, IRecommender> Loader(string name) => reader =>
    {
        var items = reader.ReadInt32();
        var pointers = RecommenderSerializer.ReadInts(reader);
        var columns = RecommenderSerializer.ReadInts(reader);
        var values = RecommenderSerializer.ReadFloats(reader);
        return new NeighbourModel(name, new SparseMatrix(items, items, pointers, columns, values));
    };
}
