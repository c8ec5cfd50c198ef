namespace Tailor.Data;

/// <summary>The text form of <see cref="ItemKind"/> used in files and the store.</summary>
public static class ItemKinds
{
    public static string ToText(ItemKind kind) => kind switch
    {
        ItemKind.Product => "product",
        ItemKind.Content => "content",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown item kind."),
    };

    public static bool TryParse(ReadOnlySpan<char> text, out ItemKind kind)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty || trimmed.Equals("product", StringComparison.OrdinalIgnoreCase))
        {
            kind = ItemKind.Product;
            return true;
        }

        if (trimmed.Equals("content", StringComparison.OrdinalIgnoreCase))
        {
            kind = ItemKind.Content;
            return true;
        }

        kind = default;
        return false;
    }
}
