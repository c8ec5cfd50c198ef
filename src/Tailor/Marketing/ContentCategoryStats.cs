namespace Tailor.Marketing;

/// <summary>Running totals of one category while <see cref="ContentPlanner"/> reads the data.</summary>
internal sealed class ContentCategoryStats
{
    public int Items { get; set; }

    public double ItemDays { get; set; }

    /// <summary>Content item ids of the category with the days each was published within the window.</summary>
    public List<(string Item, double Days)> Pieces { get; } = [];

    public int Views { get; set; }

    public HashSet<string> Readers { get; } = new(StringComparer.Ordinal);

    public int Interest { get; set; }

    public double Revenue { get; set; }
}
