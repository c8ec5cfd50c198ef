namespace Tailor.Data;

/// <summary>Whether an item is sold or read.</summary>
public enum ItemKind
{
    /// <summary>Something sold.</summary>
    Product,

    /// <summary>An article, post, video or other piece of content.</summary>
    Content,
}
