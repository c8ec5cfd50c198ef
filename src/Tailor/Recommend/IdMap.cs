namespace Tailor.Recommend;

/// <summary>Maps external ids to dense indices 0..Count-1 and back, in order of first appearance.</summary>
public sealed class IdMap
{
    private readonly Dictionary<string, int> _index;
    private readonly List<string> _ids;

    public IdMap()
    {
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        _ids = [];
    }

    public IdMap(IEnumerable<string> ids)
        : this()
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            if (!_index.TryAdd(id, _ids.Count))
            {
                throw new ArgumentException($"Id '{id}' appears twice.", nameof(ids));
            }

            _ids.Add(id);
        }
    }

    public int Count => _ids.Count;

    public IReadOnlyList<string> Ids => _ids;

    public string this[int index] => _ids[index];

    public int GetOrAdd(string id)
    {
        if (!_index.TryGetValue(id, out var index))
        {
            index = _ids.Count;
            _index[id] = index;
            _ids.Add(id);
        }

        return index;
    }

    public bool TryGetIndex(string id, out int index) => _index.TryGetValue(id, out index);

    public int IndexOf(string id) => _index.TryGetValue(id, out var index) ? index : -1;
}
