using Tailor.Recommend.Algorithms;

namespace Tailor.Recommend;

/// <summary>
/// Everything a trained shop needs to answer recommendation queries: the item index, the main
/// (usually hybrid) model, popularity and trending for people without history, item neighbours for
/// "similar items", bought-together rules, and the interaction options that turn live activity into
/// a history the same way training did. Saved to the store as one model artefact.
/// </summary>
public sealed class RecommenderBundle
{
    /// <summary>The kind under which bundles are stored as model versions.</summary>
    public const string ModelKind = "recommender";

    private const int Version = 1;

    public required IdMap Items { get; init; }

    public required IRecommender Main { get; init; }

    public required PopularityModel Popular { get; init; }

    public required PopularityModel Trending { get; init; }

    /// <summary>Collaborative item neighbours ("people who liked X liked Y").</summary>
    public NeighbourModel? Similar { get; init; }

    /// <summary>Text neighbours: the only ones a brand-new item has.</summary>
    public NeighbourModel? Content { get; init; }

    public BoughtTogetherModel? BoughtTogether { get; init; }

    public required InteractionOptions Options { get; init; }

    public required DateTimeOffset TrainedAt { get; init; }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(TrainedAt.ToUnixTimeMilliseconds());
            writer.Write(Items.Count);
            foreach (var id in Items.Ids)
            {
                writer.Write(id);
            }

            WriteOptions(writer, Options);
            RecommenderSerializer.Write(Main, writer);
            RecommenderSerializer.Write(Popular, writer);
            RecommenderSerializer.Write(Trending, writer);
            WriteOptional(writer, Similar);
            WriteOptional(writer, Content);
            WriteOptional(writer, BoughtTogether);
        }

        return stream.ToArray();
    }

    public static RecommenderBundle FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        var version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"Recommender bundle version {version} is not supported; train again.");
        }

        var trainedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.ReadInt64());
        var ids = new string[reader.ReadInt32()];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.ReadString();
        }

        return new RecommenderBundle
        {
            TrainedAt = trainedAt,
            Items = new IdMap(ids),
            Options = ReadOptions(reader),
            Main = RecommenderSerializer.Read(reader),
            Popular = (PopularityModel)RecommenderSerializer.Read(reader),
            Trending = (PopularityModel)RecommenderSerializer.Read(reader),
            Similar = (NeighbourModel?)ReadOptional(reader),
            Content = (NeighbourModel?)ReadOptional(reader),
            BoughtTogether = (BoughtTogetherModel?)ReadOptional(reader),
        };
    }

    private static void WriteOptional(BinaryWriter writer, IRecommender? model)
    {
        writer.Write(model is not null);
        if (model is not null)
        {
            RecommenderSerializer.Write(model, writer);
        }
    }

    private static IRecommender? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? RecommenderSerializer.Read(reader) : null;

    private static void WriteOptions(BinaryWriter writer, InteractionOptions options)
    {
        writer.Write(options.EventWeights.Count);
        foreach (var (type, weight) in options.EventWeights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(type);
            writer.Write(weight);
        }

        writer.Write(options.PurchaseWeight);
        writer.Write(options.LogQuantity);
        writer.Write(options.HalfLifeDays ?? -1);
        writer.Write(options.Binary);
    }

    private static InteractionOptions ReadOptions(BinaryReader reader)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            weights[reader.ReadString()] = reader.ReadSingle();
        }

        var purchase = reader.ReadSingle();
        var logQuantity = reader.ReadBoolean();
        var halfLife = reader.ReadDouble();
        return new InteractionOptions
        {
            EventWeights = weights,
            PurchaseWeight = purchase,
            LogQuantity = logQuantity,
            HalfLifeDays = halfLife < 0 ? null : halfLife,
            Binary = reader.ReadBoolean(),
        };
    }
}
