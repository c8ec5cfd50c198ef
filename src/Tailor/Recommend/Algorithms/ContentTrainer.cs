using Tailor.Data;

namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Content-based recommendations: items are TF-IDF vectors of their title, description, category,
/// tags and attributes; neighbours are the most similar texts. Needs no interactions between the
/// items it links, so it serves new items and content (articles, guides) that nobody has read yet.
/// </summary>
public sealed class ContentTrainer(IReadOnlyList<Item> catalogue, ContentOptions options) : IRecommenderTrainer
{
    public ContentTrainer(IReadOnlyList<Item> catalogue)
        : this(catalogue, new ContentOptions())
    {
    }

    public string Name => "content";

    public IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["neighbours"] = options.Neighbours,
        ["maxDocumentFrequency"] = options.MaxDocumentFrequency,
        ["fieldWeight"] = options.FieldWeight,
    };

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (options.Neighbours < 1 || options.MaxDocumentFrequency is <= 0 or > 1)
        {
            throw new ArgumentException("Neighbours must be at least 1 and the maximum document frequency in (0, 1].", nameof(data));
        }

        if (data.ItemCount == 0)
        {
            throw new ArgumentException("The catalogue is empty.", nameof(data));
        }

        var byId = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in catalogue)
        {
            byId[item.ExternalId] = item;
        }

        // Term frequencies per matrix item (items without a catalogue entry have no text).
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new List<int>();
        var rows = new List<(int Term, float Tf)>[data.ItemCount];
        for (var i = 0; i < data.ItemCount; i++)
        {
            rows[i] = [];
            if (!byId.TryGetValue(data.Items[i], out var item))
            {
                continue;
            }

            foreach (var (term, count) in ItemText.Terms(item, options.FieldWeight))
            {
                if (!vocabulary.TryGetValue(term, out var index))
                {
                    index = vocabulary.Count;
                    vocabulary[term] = index;
                    documentFrequency.Add(0);
                }

                documentFrequency[index]++;
                rows[i].Add((index, count));
            }
        }

        var maxDf = Math.Max(2, options.MaxDocumentFrequency * data.ItemCount);
        var entries = new List<(int, int, float)>();
        for (var i = 0; i < rows.Length; i++)
        {
            var norm = 0d;
            var weighted = new List<(int Term, float Weight)>(rows[i].Count);
            foreach (var (term, tf) in rows[i])
            {
                var df = documentFrequency[term];
                if (df > maxDf || df < 2)
                {
                    continue; // too common to discriminate, or unique to this item (links it to nothing)
                }

                var weight = (float)((1 + Math.Log(tf)) * Math.Log((double)data.ItemCount / df));
                weighted.Add((term, weight));
                norm += weight * weight;
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
            foreach (var (term, weight) in weighted)
            {
                entries.Add((i, term, weight * scale));
            }
        }

        var itemTerms = SparseMatrix.FromEntries(data.ItemCount, Math.Max(1, vocabulary.Count), entries);
        // Rows are unit vectors already, so no shrinkage: the dot product is the cosine.
        return new NeighbourModel(Name, CosineNeighbours.Compute(itemTerms, options.Neighbours, 0, cancellationToken));
    }
}
