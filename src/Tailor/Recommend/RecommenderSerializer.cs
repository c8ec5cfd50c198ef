namespace Tailor.Recommend;

/// <summary>
/// Saves and loads trained models as bytes (the store keeps them as model artefacts). The stream
/// starts with a tag, a format version and the algorithm name, so a reader knows what it holds.
/// </summary>
public static class RecommenderSerializer
{
    private const int Magic = 0x4D524C54; // "TLRM"
    private const int FormatVersion = 1;

    /// <summary>One loader per algorithm name; each model type reads what its Save wrote.</summary>
    private static readonly Dictionary<string, Func<BinaryReader, IRecommender>> Loaders = new(StringComparer.Ordinal)
    {
        ["popularity"] = Algorithms.PopularityModel.LoadPopularity,
        ["trending"] = Algorithms.PopularityModel.LoadTrending,
        ["item-knn"] = Algorithms.NeighbourModel.Loader("item-knn"),
        ["content"] = Algorithms.NeighbourModel.Loader("content"),
        ["bought-together"] = Algorithms.BoughtTogetherModel.Load,
        ["hybrid"] = Algorithms.HybridModel.Load,
        ["als"] = Algorithms.AlsModel.Load,
        ["ease"] = Algorithms.EaseModel.Load,
        ["rerank"] = Reranking.RerankModel.Load,
    };

    public static void Save(IRecommender model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        Write(model, writer);
    }

    public static IRecommender Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        return Read(reader);
    }

    public static byte[] ToBytes(IRecommender model)
    {
        using var stream = new MemoryStream();
        Save(model, stream);
        return stream.ToArray();
    }

    public static IRecommender FromBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Load(stream);
    }

    /// <summary>Writes a model into an open writer; composite models call this for their parts.</summary>
    public static void Write(IRecommender model, BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(model.Name);
        model.Save(writer);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static IRecommender Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("This is not a Tailor model.");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Model format {version} is not supported (this build reads {FormatVersion}).");
        }

        var name = reader.ReadString();
        return Loaders.TryGetValue(name, out var load)
            ? load(reader)
            : throw new InvalidDataException($"Unknown model algorithm '{name}'.");
    }

    /// <summary>Reads a model's own layout version and refuses one this build cannot read.</summary>
    public static void RequireLayout(BinaryReader reader, int expected, string model)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var version = reader.ReadInt32();
        if (version != expected)
        {
            throw new InvalidDataException($"{model} model layout {version} is not supported (this build reads {expected}).");
        }
    }

    /// <summary>Helpers for models' Save and Load.</summary>
    public static void WriteArray(BinaryWriter writer, ReadOnlySpan<float> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
    }

    public static float[] ReadFloats(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new float[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public static void WriteArray(BinaryWriter writer, ReadOnlySpan<int> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
    }

    public static int[] ReadInts(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new int[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
