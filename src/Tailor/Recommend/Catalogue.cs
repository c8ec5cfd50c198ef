using Tailor.Data;

namespace Tailor.Recommend;

/// <summary>
/// What business rules need to know about items right now (availability, stock, price, category),
/// indexed like a trained model's items. Built from the current catalogue, not the training one, so
/// an item that sold out a minute ago is no longer recommended.
/// </summary>
public sealed class Catalogue
{
    private readonly Item?[] _items;

    public Catalogue(IdMap modelItems, IEnumerable<Item> items)
    {
        ArgumentNullException.ThrowIfNull(modelItems);
        ArgumentNullException.ThrowIfNull(items);
        _items = new Item?[modelItems.Count];
        foreach (var item in items)
        {
            if (modelItems.TryGetIndex(item.ExternalId, out var index))
            {
                _items[index] = item;
            }
        }
    }

    public int Count => _items.Length;

    /// <summary>The item at a model index, or null when the catalogue no longer has it.</summary>
    public Item? this[int index] => (uint)index < (uint)_items.Length ? _items[index] : null;

    /// <summary>Top-level category, the unit of per-category caps and repeat-purchase allowances.</summary>
    public string? TopCategory(int index) =>
        this[index]?.Category is { } category ? category.Split('/', 2)[0].Trim() : null;
}
