using Tailor.Recommend;

namespace Tailor.Tests.Recommend;

/// <summary>Small dense users x items matrices written out in tests, turned into interaction matrices.</summary>
internal static class TinyMatrices
{
    public static InteractionMatrix FromRows(params float[][] rows)
    {
        var items = rows.Max(r => r.Length);
        var entries = new List<(int, int, float)>();
        for (var u = 0; u < rows.Length; u++)
        {
            for (var i = 0; i < rows[u].Length; i++)
            {
                if (rows[u][i] != 0)
                {
                    entries.Add((u, i, rows[u][i]));
                }
            }
        }

        return new InteractionMatrix(
            new IdMap(Enumerable.Range(0, rows.Length).Select(u => $"u{u}")),
            new IdMap(Enumerable.Range(0, items).Select(i => $"i{i}")),
            SparseMatrix.FromEntries(rows.Length, items, entries));
    }

    public static float[] Scores(IRecommender model, int[] items, float[]? weights = null)
    {
        var scores = new float[model.ItemCount];
        model.Score(items, weights ?? items.Select(_ => 1f).ToArray(), scores);
        return scores;
    }
}
