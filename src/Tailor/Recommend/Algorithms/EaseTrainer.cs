namespace Tailor.Recommend.Algorithms;

/// <summary>
/// EASE (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data"): the item-item weight
/// matrix B minimising ||X - X B||^2 + lambda ||B||^2 with a zero diagonal, in closed form:
/// P = (X^T X + lambda I)^-1 and B[i, j] = -P[i, j] / P[j, j]. One dense inverse, no iterations and
/// no seed; strong on small catalogues.
/// </summary>
public sealed class EaseTrainer : IRecommenderTrainer
{
    /// <summary>Trains with the defaults of <see cref="EaseDefaults"/>.</summary>
    public EaseTrainer()
        : this(new EaseOptions())
    {
    }

    /// <summary>Trains with the given options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public EaseTrainer(EaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    public EaseOptions Options { get; }

    public string Name => EaseModel.AlgorithmName;

    public IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["lambda"] = Options.Lambda,
        ["binarize"] = Options.Binarize,
        ["weightedHistory"] = Options.WeightedHistory,
        ["maxItems"] = Options.MaxItems,
    };

    /// <summary>Whether training will invert with OpenBLAS's LAPACK rather than managed code.</summary>
    public bool UsesNativeLapack => !Options.ManagedInverseOnly && NativeLapack.IsAvailable;

    /// <exception cref="ArgumentException">
    /// The matrix has no interactions, or more items than <see cref="EaseOptions.MaxItems"/>.
    /// </exception>
    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.ItemCount;
        if (n == 0 || data.UserItems.NonZeros == 0)
        {
            throw new ArgumentException(
                $"EASE needs at least one interaction; the matrix has {data.UserCount} users, {n} items and {data.UserItems.NonZeros} interactions.",
                nameof(data));
        }

        if (n > Options.MaxItems)
        {
            throw new ArgumentException(
                $"EASE keeps a dense items x items matrix; {n:N0} items need {(double)n * n * 4 / 1e9:0.##} GB to serve "
                + $"(N*N*4 bytes) and {(double)n * n * 8 / 1e9:0.##} GB more to train, above the limit of MaxItems = {Options.MaxItems:N0}. "
                + "Train on the most popular items only, or raise MaxItems if the machine has the memory.",
                nameof(data));
        }

        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };

        var gram = Gram(data, Options.Binarize, Options.Lambda, parallel);
        cancellationToken.ThrowIfCancellationRequested();
        Invert(gram, n, parallel);
        cancellationToken.ThrowIfCancellationRequested();
        return new EaseModel(n, Weights(gram, n, parallel), binarize: Options.Binarize && !Options.WeightedHistory);
    }

    /// <summary>
    /// X^T X + lambda I in the lower triangle (j &lt;= i) of a dense row-major float64 matrix, from
    /// the sparse rows: item i's row adds x_ui * x_uj for each of its users u and their items j &lt;= i.
    /// Each row is summed by one thread in a fixed order.
    /// </summary>
    internal static double[] Gram(InteractionMatrix data, bool binarize, double lambda, ParallelOptions parallel)
    {
        var n = data.ItemCount;
        var itemUsers = data.ItemUsers;
        var userItems = data.UserItems;
        var gram = new double[(long)n * n];
        Parallel.For(0, n, parallel, i =>
        {
            var row = gram.AsSpan(i * n, i + 1);
            var users = itemUsers.RowColumns(i);
            var strengths = itemUsers.RowValues(i);
            for (var u = 0; u < users.Length; u++)
            {
                var items = userItems.RowColumns(users[u]);
                if (binarize)
                {
                    for (var t = 0; t < items.Length && items[t] <= i; t++)
                    {
                        row[items[t]] += 1;
                    }
                }
                else
                {
                    var values = userItems.RowValues(users[u]);
                    double strength = strengths[u];
                    for (var t = 0; t < items.Length && items[t] <= i; t++)
                    {
                        row[items[t]] += strength * values[t];
                    }
                }
            }

            row[i] += lambda;
        });

        return gram;
    }

    /// <summary>Replaces the lower triangle of the Gram matrix with that of its inverse P.</summary>
    private void Invert(double[] gram, int n, ParallelOptions parallel)
    {
        bool positiveDefinite;
        if (UsesNativeLapack)
        {
            var info = NativeLapack.InvertSpd(gram, n);
            if (info < 0)
            {
                throw new InvalidOperationException($"LAPACK rejected argument {-info} of the EASE inverse.");
            }

            positiveDefinite = info == 0;
        }
        else
        {
            positiveDefinite = ManagedSpdInverse.Invert(gram, n, parallel);
        }

        if (!positiveDefinite)
        {
            throw new ArgumentException(
                $"X^T X + lambda I is not numerically positive definite with lambda = {Options.Lambda}; raise Lambda.");
        }
    }

    /// <summary>B[i, j] = -P[i, j] / P[j, j] with a zero diagonal, row-major float32, read from P's lower triangle in tiles.</summary>
    private static float[] Weights(double[] inverse, int n, ParallelOptions parallel)
    {
        const int tile = 64;
        var weights = new float[(long)n * n];
        var tiles = (n + tile - 1) / tile;
        Parallel.For(0, tiles, parallel, ti =>
        {
            var i0 = ti * tile;
            var i1 = Math.Min(n, i0 + tile);
            for (var j0 = 0; j0 < n; j0 += tile)
            {
                var j1 = Math.Min(n, j0 + tile);
                for (var i = i0; i < i1; i++)
                {
                    for (var j = j0; j < j1; j++)
                    {
                        var p = j <= i ? inverse[(i * n) + j] : inverse[(j * n) + i];
                        weights[(i * n) + j] = i == j ? 0f : (float)(-p / inverse[(j * n) + j]);
                    }
                }
            }
        });

        return weights;
    }
}
