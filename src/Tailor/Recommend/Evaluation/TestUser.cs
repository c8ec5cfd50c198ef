namespace Tailor.Recommend.Evaluation;

/// <summary>
/// One user's held-out items, by external id. Items the training data never saw stay in the list:
/// no model can recommend them, so they are certain misses, as they would be in the shop.
/// </summary>
/// <param name="User">External id of the user.</param>
/// <param name="Items">External ids of the relevant items, distinct.</param>
public sealed record TestUser(string User, IReadOnlyList<string> Items)
{
    /// <summary>Indices in <paramref name="items"/> of the relevant items it knows, ascending; the others are dropped.</summary>
    public int[] ItemIndices(IdMap items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var indices = new List<int>(Items.Count);
        foreach (var item in Items)
        {
            if (items.TryGetIndex(item, out var index))
            {
                indices.Add(index);
            }
        }

        var result = indices.ToArray();
        Array.Sort(result);
        return result;
    }
}
