namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Implicit-feedback ALS: learns a factor vector per user and per item so that x_u . y_i
/// approaches 1 where the user interacted and 0 elsewhere, each cell weighted by its confidence
/// 1 + alpha * strength (Hu, Koren and Volinsky 2008). Each sweep updates every vector with a few
/// conjugate-gradient steps from its previous value instead of an exact solve (Takacs, Pilaszy and
/// Tikk 2011), as the <c>implicit</c> Python library does. The model keeps only the item factors:
/// users are folded in from their history at request time.
/// </summary>
public sealed class ImplicitAlsTrainer : IRecommenderTrainer
{
    /// <summary>The scale of the uniform random initial factors, as in the <c>implicit</c> library.</summary>
    private const float InitialScale = 0.01f;

    /// <summary>Rows per parallel work item when solving vectors.</summary>
    private const int SolveChunk = 64;

    /// <summary>Rows per partial sum of a Gram matrix; fixed so that sums do not depend on threads.</summary>
    private const int GramChunk = 1024;

    /// <summary>A squared residual norm below which a vector counts as solved.</summary>
    private const float SolvedResidual = 1e-20f;

    /// <summary>Trains with the defaults of <see cref="AlsDefaults"/>.</summary>
    public ImplicitAlsTrainer()
        : this(new AlsOptions())
    {
    }

    /// <summary>Trains with the given options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public ImplicitAlsTrainer(AlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    public AlsOptions Options { get; }

    public string Name => AlsModel.AlgorithmName;

    public IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["factors"] = Options.Factors,
        ["iterations"] = Options.Iterations,
        ["regularization"] = Options.Regularization,
        ["alpha"] = Options.Alpha,
        ["cgSteps"] = Options.CgSteps,
        ["seed"] = Options.Seed,
    };

    public IRecommender Fit(InteractionMatrix data, CancellationToken cancellationToken = default) =>
        FitFactors(data, afterIteration: null, cancellationToken).Model;

    /// <summary>
    /// Fits and also returns the user factors (row per user), which serving does not need but tests
    /// compare against fold-in; <paramref name="afterIteration"/> sees the factors after each sweep.
    /// </summary>
    internal AlsFit FitFactors(
        InteractionMatrix data,
        Action<int, float[], float[]>? afterIteration,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.UserCount == 0 || data.ItemCount == 0 || data.UserItems.NonZeros == 0)
        {
            throw new ArgumentException(
                $"ALS needs at least one interaction; the matrix has {data.UserCount} users, {data.ItemCount} items and {data.UserItems.NonZeros} interactions.",
                nameof(data));
        }

        var k = Options.Factors;
        if ((long)Math.Max(data.UserCount, data.ItemCount) * k > Array.MaxLength)
        {
            throw new ArgumentException(
                $"{Math.Max(data.UserCount, data.ItemCount):N0} rows of {k} factors do not fit in one array; use fewer factors.",
                nameof(data));
        }

        var alpha = (float)Options.Alpha;
        var regularization = (float)Options.Regularization;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };

        var random = new Random(Options.Seed);
        var users = RandomFactors(random, data.UserCount, k);
        var items = RandomFactors(random, data.ItemCount, k);
        var userItems = data.UserItems;
        var itemUsers = data.ItemUsers;
        for (var iteration = 0; iteration < Options.Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var itemGram = Gram(items, k, regularization, parallel);
            SolveAll(userItems, users, items, itemGram, k, alpha, Options.CgSteps, parallel);
            var userGram = Gram(users, k, regularization, parallel);
            SolveAll(itemUsers, items, users, userGram, k, alpha, Options.CgSteps, parallel);
            afterIteration?.Invoke(iteration, users, items);
        }

        var model = new AlsModel(data.ItemCount, k, items, Options.Regularization, Options.Alpha);
        return new AlsFit(model, users);
    }

    private static float[] RandomFactors(Random random, int rows, int k)
    {
        var factors = new float[checked(rows * k)];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = random.NextSingle() * InitialScale;
        }

        return factors;
    }

    /// <summary>
    /// F^T F + regularization * I for a row-per-vector factor matrix F, as a dense k x k float
    /// matrix. Fixed-size chunks are summed in order, so the result does not depend on threads.
    /// </summary>
    internal static float[] Gram(float[] factors, int k, float regularization, ParallelOptions parallel)
    {
        var rows = factors.Length / k;
        var chunks = (rows + GramChunk - 1) / GramChunk;
        var partials = new float[chunks][];
        Parallel.For(0, chunks, parallel, chunk =>
        {
            // Lower triangle only: row a gets y[a] * y[0..a].
            var sum = new float[k * k];
            var end = Math.Min(rows, (chunk + 1) * GramChunk);
            for (var r = chunk * GramChunk; r < end; r++)
            {
                var y = factors.AsSpan(r * k, k);
                for (var a = 0; a < k; a++)
                {
                    FactorKernels.AddScaled(y[..(a + 1)], y[a], sum.AsSpan(a * k, a + 1));
                }
            }

            partials[chunk] = sum;
        });

        var total = new double[k * k];
        foreach (var partial in partials)
        {
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += partial[i];
            }
        }

        var gram = new float[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                gram[(a * k) + b] = gram[(b * k) + a] = (float)total[(a * k) + b];
            }

            gram[(a * k) + a] += regularization;
        }

        return gram;
    }

    /// <summary>
    /// Updates every row vector of <paramref name="solved"/> against the fixed <paramref name="other"/>
    /// side. Each vector depends only on its own row of the data, so threads cannot change results.
    /// </summary>
    private static void SolveAll(
        SparseMatrix data,
        float[] solved,
        float[] other,
        float[] otherGram,
        int k,
        float alpha,
        int cgSteps,
        ParallelOptions parallel)
    {
        var chunks = (data.Rows + SolveChunk - 1) / SolveChunk;
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new float[3 * k],
            (chunk, _, buffer) =>
            {
                var end = Math.Min(data.Rows, (chunk + 1) * SolveChunk);
                for (var row = chunk * SolveChunk; row < end; row++)
                {
                    ConjugateGradient(
                        data.RowColumns(row),
                        data.RowValues(row),
                        solved.AsSpan(row * k, k),
                        other,
                        otherGram,
                        alpha,
                        cgSteps,
                        buffer);
                }

                return buffer;
            },
            _ => { });
    }

    /// <summary>
    /// A few CG steps on (Y^T Y + reg I + Y^T (C - I) Y) x = Y^T C p from the current x, where the
    /// observed cells of this row have confidence c = 1 + alpha * r and preference 1.
    /// </summary>
    internal static void ConjugateGradient(
        ReadOnlySpan<int> columns,
        ReadOnlySpan<float> values,
        Span<float> x,
        float[] other,
        ReadOnlySpan<float> otherGram,
        float alpha,
        int cgSteps,
        Span<float> buffer)
    {
        var k = x.Length;
        var r = buffer[..k];
        var p = buffer.Slice(k, k);
        var ap = buffer.Slice(2 * k, k);

        // r = b - A x, with the sparse part applied item by item.
        FactorKernels.SymmetricMultiply(otherGram, x, r);
        for (var j = 0; j < k; j++)
        {
            r[j] = -r[j];
        }

        for (var n = 0; n < columns.Length; n++)
        {
            var y = other.AsSpan(columns[n] * k, k);
            var confidence = 1f + (alpha * values[n]);
            FactorKernels.AddScaled(y, confidence - ((confidence - 1f) * FactorKernels.Dot(y, x)), r);
        }

        r.CopyTo(p);
        var rsOld = FactorKernels.Dot(r, r);
        if (rsOld < SolvedResidual)
        {
            return;
        }

        for (var step = 0; step < cgSteps; step++)
        {
            FactorKernels.SymmetricMultiply(otherGram, p, ap);
            for (var n = 0; n < columns.Length; n++)
            {
                var y = other.AsSpan(columns[n] * k, k);
                var extra = alpha * values[n];
                FactorKernels.AddScaled(y, extra * FactorKernels.Dot(y, p), ap);
            }

            var curvature = FactorKernels.Dot(p, ap);
            if (!(curvature > 0f))
            {
                return;
            }

            var stepSize = rsOld / curvature;
            FactorKernels.AddScaled(p, stepSize, x);
            FactorKernels.AddScaled(ap, -stepSize, r);
            var rsNew = FactorKernels.Dot(r, r);
            if (rsNew < SolvedResidual)
            {
                return;
            }

            var beta = rsNew / rsOld;
            for (var j = 0; j < k; j++)
            {
                p[j] = r[j] + (beta * p[j]);
            }

            rsOld = rsNew;
        }
    }
}
