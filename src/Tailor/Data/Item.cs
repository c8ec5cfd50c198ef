namespace Tailor.Data;

/// <summary>A product or piece of content in the catalogue.</summary>
/// <param name="ExternalId">The shop's id (stock code, SKU, slug).</param>
/// <param name="Kind">Product or content.</param>
/// <param name="Title">Name shown to people.</param>
/// <param name="Description">Longer text, used by content-based models.</param>
/// <param name="Category">Category path, such as "Home/Candles".</param>
/// <param name="Tags">Free tags.</param>
/// <param name="Price">Current selling price in the shop currency.</param>
/// <param name="Cost">Unit cost in the shop currency.</param>
/// <param name="Stock">Units in stock, when tracked.</param>
/// <param name="Available">False hides the item from recommendations.</param>
/// <param name="Attributes">Free-form attributes as a JSON object text, or null.</param>
/// <param name="CreatedAt">When the item entered the catalogue.</param>
public sealed record Item(
    string ExternalId,
    ItemKind Kind,
    string Title,
    string? Description,
    string? Category,
    IReadOnlyList<string> Tags,
    decimal? Price,
    decimal? Cost,
    int? Stock,
    bool Available,
    string? Attributes,
    DateTimeOffset? CreatedAt);
