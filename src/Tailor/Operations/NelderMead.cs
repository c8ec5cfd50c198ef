using System.Runtime.CompilerServices;

namespace Tailor.Operations;

/// <summary>
/// Nelder-Mead simplex search in the variant of Nash (1990, Compact Numerical Methods, algorithm 19),
/// the one R's <c>optim</c> and <c>forecast::ets</c> use. ETS likelihoods are flat and bounded by an
/// infeasible region, so the exact search path decides which of several near-equal optima is reached;
/// following the same steps (start simplex, reflection 1, contraction 0.5, expansion 2, shrink, the
/// convergence test on the spread of function values and the evaluation budget) is what makes Tailor's
/// estimates match R's. MathNet's simplex differs in these details.
/// </summary>
internal static class NelderMead
{
    // Value that replaces an infeasible or undefined objective, as R's optim does.
    private const double Big = 1.0e35;
    private const double Reflection = 1.0;
    private const double Contraction = 0.5;
    private const double Expansion = 2.0;

    /// <summary>
    /// Minimises <paramref name="objective"/> from <paramref name="x"/>, which receives the best point.
    /// Returns null when the objective is not finite at the start (R stops with an error there).
    /// <paramref name="steps"/>, if given, sets the start simplex's edge along each coordinate; by default
    /// every edge is a tenth of the largest |x_i|, as in R, which suits a cold start but throws a start near
    /// the optimum far away again.
    /// </summary>
    // Optimised at once, like the ETS filter it drives: its loop runs thousands of times per call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NelderMeadResult? Minimize<T>(
        T objective,
        Span<double> x,
        double relativeTolerance,
        int maxEvaluations,
        CancellationToken cancellationToken = default,
        ReadOnlySpan<double> steps = default)
        where T : IObjectiveFunction
    {
        int n = x.Length;
        double f = objective.Value(x);
        if (!double.IsFinite(f))
        {
            return null;
        }

        // Simplex column j (0..n) holds a vertex; column n + 1 the centroid. Row n holds function values.
        int cols = n + 2;
        var p = new double[(n + 1) * cols];
        var trial = new double[n];
        int evaluations = 1;
        double tolerance = relativeTolerance * (Math.Abs(f) + relativeTolerance);
        int centroid = n + 1;
        ref double Cell(int row, int col) => ref p[(row * cols) + col];

        Cell(n, 0) = f;
        for (int i = 0; i < n; i++)
        {
            Cell(i, 0) = x[i];
        }

        double step = 0;
        for (int i = 0; i < n; i++)
        {
            step = Math.Max(step, 0.1 * Math.Abs(x[i]));
        }

        if (step == 0)
        {
            step = 0.1;
        }

        double size = 0;
        for (int j = 1; j <= n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                Cell(i, j) = x[i];
            }

            double tryStep = steps.IsEmpty || steps[j - 1] == 0 ? step : steps[j - 1];
            while (Cell(j - 1, j) == x[j - 1])
            {
                Cell(j - 1, j) = x[j - 1] + tryStep;
                tryStep *= 10;
            }

            size += tryStep;
        }

        double oldSize = size;
        bool evaluateVertices = true;
        bool converged = true;
        int low = 0;
        while (true)
        {
            if (evaluateVertices)
            {
                for (int j = 0; j <= n; j++)
                {
                    if (j == low)
                    {
                        continue;
                    }

                    for (int i = 0; i < n; i++)
                    {
                        trial[i] = Cell(i, j);
                    }

                    Cell(n, j) = Evaluate(objective, trial);
                    evaluations++;
                }

                evaluateVertices = false;
            }

            double lowValue = Cell(n, low);
            double highValue = lowValue;
            int high = low;
            for (int j = 0; j <= n; j++)
            {
                if (j == low)
                {
                    continue;
                }

                double v = Cell(n, j);
                if (v < lowValue)
                {
                    low = j;
                    lowValue = v;
                }

                if (v > highValue)
                {
                    high = j;
                    highValue = v;
                }
            }

            if (highValue <= lowValue + tolerance)
            {
                break;
            }

            if ((evaluations & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (int i = 0; i < n; i++)
            {
                double sum = -Cell(i, high);
                for (int j = 0; j <= n; j++)
                {
                    sum += Cell(i, j);
                }

                Cell(i, centroid) = sum / n;
            }

            for (int i = 0; i < n; i++)
            {
                trial[i] = ((1 + Reflection) * Cell(i, centroid)) - (Reflection * Cell(i, high));
            }

            double reflected = Evaluate(objective, trial);
            evaluations++;
            if (reflected < lowValue)
            {
                // Try expanding beyond the reflected point; the centroid column keeps the reflected point.
                Cell(n, centroid) = reflected;
                for (int i = 0; i < n; i++)
                {
                    double expanded = (Expansion * trial[i]) + ((1 - Expansion) * Cell(i, centroid));
                    Cell(i, centroid) = trial[i];
                    trial[i] = expanded;
                }

                double fe = Evaluate(objective, trial);
                evaluations++;
                if (fe < reflected)
                {
                    SetVertex(p, cols, n, high, trial, fe);
                }
                else
                {
                    for (int i = 0; i < n; i++)
                    {
                        Cell(i, high) = Cell(i, centroid);
                    }

                    Cell(n, high) = reflected;
                }
            }
            else
            {
                if (reflected < highValue)
                {
                    SetVertex(p, cols, n, high, trial, reflected);
                }

                for (int i = 0; i < n; i++)
                {
                    trial[i] = ((1 - Contraction) * Cell(i, high)) + (Contraction * Cell(i, centroid));
                }

                double fc = Evaluate(objective, trial);
                evaluations++;
                if (fc < Cell(n, high))
                {
                    SetVertex(p, cols, n, high, trial, fc);
                }
                else if (reflected >= highValue)
                {
                    // Shrink every vertex towards the best one.
                    evaluateVertices = true;
                    size = 0;
                    for (int j = 0; j <= n; j++)
                    {
                        if (j == low)
                        {
                            continue;
                        }

                        for (int i = 0; i < n; i++)
                        {
                            Cell(i, j) = (Contraction * (Cell(i, j) - Cell(i, low))) + Cell(i, low);
                            size += Math.Abs(Cell(i, j) - Cell(i, low));
                        }
                    }

                    if (size < oldSize)
                    {
                        oldSize = size;
                    }
                    else
                    {
                        converged = false;
                        break;
                    }
                }
            }

            if (evaluations > maxEvaluations)
            {
                converged = false;
                break;
            }
        }

        for (int i = 0; i < n; i++)
        {
            x[i] = Cell(i, low);
        }

        return new NelderMeadResult(Cell(n, low), evaluations, converged);
    }

    private static double Evaluate<T>(T objective, ReadOnlySpan<double> x)
        where T : IObjectiveFunction
    {
        double v = objective.Value(x);
        return double.IsFinite(v) ? v : Big;
    }

    private static void SetVertex(double[] p, int cols, int n, int vertex, ReadOnlySpan<double> point, double value)
    {
        for (int i = 0; i < n; i++)
        {
            p[(i * cols) + vertex] = point[i];
        }

        p[(n * cols) + vertex] = value;
    }
}
