namespace Tailor.Customers;

/// <summary>The names of <see cref="SegmentPreset"/> values as the CLI and the API write them.</summary>
public static class SegmentPresets
{
    /// <summary>Every preset's name: rfm11, rf10, clusters.</summary>
    public static IReadOnlyList<string> Names { get; } = ["rfm11", "rf10", "clusters"];

    /// <summary>The preset's name.</summary>
    public static string Name(this SegmentPreset preset) => Names[(int)preset];

    /// <summary>Parses a name (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? text, out SegmentPreset preset)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(text, Names[i], StringComparison.OrdinalIgnoreCase))
            {
                preset = (SegmentPreset)i;
                return true;
            }
        }

        preset = default;
        return false;
    }
}
