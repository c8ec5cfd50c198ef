using Tailor.Data;
using Tailor.Recommend.Algorithms;

namespace Tailor.Recommend.Reranking;

/// <summary>
/// What the re-ranker knows about each item besides the models' scores: how popular and how fast
/// rising it is, how old, how long since anyone took it, and its price. Computed once per training
/// from the interaction matrix (and the catalogue's prices, when there is one). Every signal is a
/// share, a rank or a number of days, so a ranker learnt on an older, smaller period reads the same
/// scale on the full data.
/// </summary>
internal sealed class ItemSignals
{
    /// <summary>Signals per item, in the order <see cref="Copy"/> writes them.</summary>
    public const int Count = 7;

    /// <summary>Marks a signal the data cannot give (no interactions, no price); real values are never negative.</summary>
    public const float Missing = -1f;

    private const int LayoutVersion = 1;

    private readonly float[] _rows;

    private ItemSignals(float[] rows, float[] prices, float[] trending)
    {
        if (rows.Length != prices.Length * Count || trending.Length != prices.Length)
        {
            throw new InvalidDataException("The re-ranker's item signals do not match its items.");
        }

        _rows = rows;
        Prices = prices;
        Trending = trending;
        TrendingOrder = [.. Enumerable.Range(0, trending.Length).Where(i => trending[i] > 0).OrderByDescending(i => trending[i]).ThenBy(i => i)];
    }

    public int ItemCount => Prices.Length;

    /// <summary>Catalogue price per item, or <see cref="Missing"/>.</summary>
    public float[] Prices { get; }

    /// <summary>Trending score per item, scaled to a maximum of 1.</summary>
    public float[] Trending { get; }

    /// <summary>Items with a positive trending score, most trending first (ties by index).</summary>
    public int[] TrendingOrder { get; }

    /// <summary>log2(2 + rank) of the item among all items by number of users, 0 for the most popular.</summary>
    public float PopularityRank(int item) => _rows[(item * Count) + 1];

    /// <summary>
    /// Writes the item's signals: trending (0 to 1), popularity rank (log2), share of recent and of
    /// baseline activity (per thousand), days since its first and its latest interaction, log(1 + price).
    /// </summary>
    public void Copy(int item, Span<float> destination) => _rows.AsSpan(item * Count, Count).CopyTo(destination);

    /// <summary>The signals of every item of <paramref name="matrix"/>; prices by external id from <paramref name="catalogue"/>.</summary>
    public static ItemSignals Build(InteractionMatrix matrix, IReadOnlyList<Item>? catalogue)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.ItemCount;
        var popular = ((PopularityModel)new PopularityTrainer().Fit(matrix)).Scores.ToArray();
        var trending = matrix.Activity is null
            ? new float[n]
            : ((PopularityModel)new PopularityTrainer(new PopularityOptions { Trending = true }).Fit(matrix)).Scores.ToArray();
        var trendingMax = trending.Length == 0 ? 0 : trending.Max();
        for (var i = 0; i < n && trendingMax > 0; i++)
        {
            trending[i] /= trendingMax;
        }

        var rank = new int[n];
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => popular[b] != popular[a] ? popular[b].CompareTo(popular[a]) : a.CompareTo(b));
        for (var r = 0; r < n; r++)
        {
            rank[order[r]] = r;
        }

        var prices = new float[n];
        Array.Fill(prices, Missing);
        foreach (var item in catalogue ?? [])
        {
            if (item.Price is { } price && price >= 0 && matrix.Items.TryGetIndex(item.ExternalId, out var index))
            {
                prices[index] = (float)price;
            }
        }

        var activity = matrix.Activity;
        var recentTotal = activity is null ? 0 : Math.Max(1e-6f, activity.Recent.Sum());
        var baselineTotal = activity is null ? 0 : Math.Max(1e-6f, activity.Baseline.Sum());
        var rows = new float[n * Count];
        for (var i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * Count, Count);
            row[0] = trending[i];
            row[1] = MathF.Log2(2 + rank[i]);
            row[2] = activity is null ? Missing : 1000 * activity.Recent[i] / recentTotal;
            row[3] = activity is null ? Missing : 1000 * activity.Baseline[i] / baselineTotal;
            row[4] = activity is null || float.IsNaN(activity.FirstDaysAgo[i]) ? Missing : activity.FirstDaysAgo[i];
            row[5] = activity is null || float.IsNaN(activity.LastDaysAgo[i]) ? Missing : activity.LastDaysAgo[i];
            row[6] = prices[i] < 0 ? Missing : MathF.Log(1 + prices[i]);
        }

        return new ItemSignals(rows, prices, trending);
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(LayoutVersion);
        RecommenderSerializer.WriteArray(writer, _rows);
        RecommenderSerializer.WriteArray(writer, Prices);
        RecommenderSerializer.WriteArray(writer, Trending);
    }

    public static ItemSignals Load(BinaryReader reader)
    {
        RecommenderSerializer.RequireLayout(reader, LayoutVersion, "Re-ranker item signal");
        return new ItemSignals(RecommenderSerializer.ReadFloats(reader), RecommenderSerializer.ReadFloats(reader), RecommenderSerializer.ReadFloats(reader));
    }
}
