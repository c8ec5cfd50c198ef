namespace Tailor.Simulation;

/// <summary>The generated catalogue: items in id order, with the category centroids of the factor space.</summary>
internal sealed class Catalogue(CatalogueItem[] items, double[][] centroids)
{
    public CatalogueItem[] Items { get; } = items;

    public double[][] Centroids { get; } = centroids;

    public int[] Products { get; } = Indices(items, content: false);

    public int[] Content { get; } = Indices(items, content: true);

    private static int[] Indices(CatalogueItem[] items, bool content)
    {
        var indices = new List<int>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].IsContent == content)
            {
                indices.Add(i);
            }
        }

        return [.. indices];
    }
}
