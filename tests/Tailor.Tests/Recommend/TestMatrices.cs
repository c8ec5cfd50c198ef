using Tailor.Recommend;

namespace Tailor.Tests.Recommend;

/// <summary>Small interaction matrices built in the tests, with known structure.</summary>
internal static class TestMatrices
{
    /// <summary>A users x items matrix from a dense array; cells of 0 are not interactions.</summary>
    public static InteractionMatrix FromDense(float[,] values)
    {
        var entries = new List<(int, int, float)>();
        for (var u = 0; u < values.GetLength(0); u++)
        {
            for (var i = 0; i < values.GetLength(1); i++)
            {
                if (values[u, i] != 0)
                {
                    entries.Add((u, i, values[u, i]));
                }
            }
        }

        return FromEntries(values.GetLength(0), values.GetLength(1), entries);
    }

    public static InteractionMatrix FromEntries(int users, int items, IReadOnlyList<(int User, int Item, float Value)> entries) =>
        new(
            new IdMap(Enumerable.Range(0, users).Select(u => $"u{u}")),
            new IdMap(Enumerable.Range(0, items).Select(i => $"i{i}")),
            SparseMatrix.FromEntries(users, items, entries));

    public static InteractionMatrix Empty(int users, int items) => FromEntries(users, items, []);

    /// <summary>
    /// A block (low-rank) implicit matrix: each user belongs to one of <paramref name="groups"/> groups
    /// and interacts, with strength 1 to 5, with <paramref name="perUser"/> distinct items of the group's
    /// block of the catalogue. <paramref name="heldOut"/> gets one more such item per user, kept out of
    /// the matrix.
    /// </summary>
    public static InteractionMatrix Blocks(int users, int items, int groups, int perUser, int seed, out int[] heldOut)
    {
        var random = new Random(seed);
        var blockSize = items / groups;
        var entries = new List<(int, int, float)>();
        heldOut = new int[users];
        for (var u = 0; u < users; u++)
        {
            var group = u % groups;
            var chosen = Enumerable.Range(group * blockSize, blockSize).OrderBy(_ => random.Next()).Take(perUser + 1).ToArray();
            heldOut[u] = chosen[^1];
            foreach (var item in chosen[..^1])
            {
                entries.Add((u, item, random.Next(1, 6)));
            }
        }

        return FromEntries(users, items, entries);
    }

    /// <summary>Group of an item in <see cref="Blocks"/>.</summary>
    public static int BlockOf(int item, int items, int groups) => item / (items / groups);

    /// <summary>A random sparse matrix with about <paramref name="density"/> of its cells set to 1 to 3.</summary>
    public static InteractionMatrix Random(int users, int items, double density, int seed)
    {
        var random = new Random(seed);
        var entries = new List<(int, int, float)>();
        for (var u = 0; u < users; u++)
        {
            for (var i = 0; i < items; i++)
            {
                if (random.NextDouble() < density)
                {
                    entries.Add((u, i, random.Next(1, 4)));
                }
            }
        }

        return FromEntries(users, items, entries);
    }

    /// <summary>The user's row as history spans.</summary>
    public static (int[] Items, float[] Weights) History(InteractionMatrix data, int user) =>
        (data.UserItems.RowColumns(user).ToArray(), data.UserItems.RowValues(user).ToArray());

    /// <summary>A dense inverse by Gauss-Jordan elimination with partial pivoting: slow, simple, independent.</summary>
    public static double[,] NaiveInverse(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var work = new double[n, 2 * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                work[i, j] = matrix[i, j];
            }

            work[i, n + i] = 1;
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(work[r, col]) > Math.Abs(work[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var j = 0; j < 2 * n; j++)
            {
                (work[col, j], work[pivot, j]) = (work[pivot, j], work[col, j]);
            }

            var scale = work[col, col];
            for (var j = 0; j < 2 * n; j++)
            {
                work[col, j] /= scale;
            }

            for (var r = 0; r < n; r++)
            {
                if (r != col && work[r, col] != 0)
                {
                    var factor = work[r, col];
                    for (var j = 0; j < 2 * n; j++)
                    {
                        work[r, j] -= factor * work[col, j];
                    }
                }
            }
        }

        var inverse = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                inverse[i, j] = work[i, n + j];
            }
        }

        return inverse;
    }

    /// <summary>EASE's B by the textbook formula, densely: P = (X^T X + lambda I)^-1, B = -P / diag(P), diag 0.</summary>
    public static double[,] NaiveEase(InteractionMatrix data, double lambda, bool binarize)
    {
        var n = data.ItemCount;
        var gram = new double[n, n];
        for (var u = 0; u < data.UserCount; u++)
        {
            var items = data.UserItems.RowColumns(u);
            var values = data.UserItems.RowValues(u);
            for (var a = 0; a < items.Length; a++)
            {
                for (var b = 0; b < items.Length; b++)
                {
                    gram[items[a], items[b]] += binarize ? 1 : (double)values[a] * values[b];
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            gram[i, i] += lambda;
        }

        var p = NaiveInverse(gram);
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                weights[i, j] = i == j ? 0 : -p[i, j] / p[j, j];
            }
        }

        return weights;
    }
}
