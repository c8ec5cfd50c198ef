namespace Tailor.Customers;

/// <summary>Micro-segments: RFM segment crossed with each customer's top category, for targeting.</summary>
public static class MicroSegments
{
    /// <summary>
    /// Sizes of every (segment, top category) pair that occurs, largest first, then by segment and
    /// category name. Customers present in only one of the inputs are left out.
    /// </summary>
    public static IReadOnlyList<MicroSegment> Count(IReadOnlyList<RfmScore> scores, IReadOnlyList<CustomerBehaviour> behaviours)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(behaviours);
        var topCategory = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var behaviour in behaviours)
        {
            topCategory[behaviour.CustomerId] = behaviour.TopCategory;
        }

        var counts = new Dictionary<(string Segment, string Category), int>();
        foreach (var score in scores)
        {
            if (topCategory.TryGetValue(score.CustomerId, out var category))
            {
                // "" stands for no category inside the dictionary; null is restored below.
                var key = (score.Segment, category ?? string.Empty);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key.Segment, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Category, StringComparer.Ordinal)
            .Select(c => new MicroSegment(c.Key.Segment, c.Key.Category.Length == 0 ? null : c.Key.Category, c.Value))
            .ToArray();
    }
}
