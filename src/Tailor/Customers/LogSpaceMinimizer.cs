using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Tailor.Customers;

/// <summary>
/// Minimises a smooth objective over log parameters with MathNet's BFGS and the analytic gradient.
/// BFGS's line search gives up when a trial step leaves the region where the likelihood is finite;
/// then Nelder-Mead, which only compares values, takes over from the start and BFGS polishes its result.
/// </summary>
internal static class LogSpaceMinimizer
{
    public static LogSpaceMinimum Minimize(
        LogSpaceObjective objective,
        double[] start,
        int maxIterations,
        double gradientTolerance,
        CancellationToken cancellationToken)
    {
        var dimension = start.Length;
        var gradient = new double[dimension];
        var point = new double[dimension];
        (double, Vector<double>) Evaluate(Vector<double> at)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < dimension; i++)
            {
                point[i] = at[i];
            }

            var value = objective(point, gradient);
            return (double.IsFinite(value) ? value : double.PositiveInfinity, Vector<double>.Build.DenseOfArray((double[])gradient.Clone()));
        }

        var function = ObjectiveFunction.Gradient(Evaluate);
        var initial = Vector<double>.Build.DenseOfArray(start);
        var iterations = 0;
        var best = TryBfgs(function, initial, maxIterations, gradientTolerance, ref iterations);
        if (best is null)
        {
            var simplex = new NelderMeadSimplex(1e-12, maxIterations);
            var valueOnly = ObjectiveFunction.Value(at => Evaluate(at).Item1);
            var rough = simplex.FindMinimum(valueOnly, initial);
            iterations += rough.Iterations;
            best = TryBfgs(function, rough.MinimizingPoint, maxIterations, gradientTolerance, ref iterations) ?? rough.MinimizingPoint;
        }

        var final = best.ToArray();
        var value = objective(final, gradient);
        var norm = 0.0;
        foreach (var g in gradient)
        {
            norm = Math.Max(norm, Math.Abs(g));
        }

        // A looser test than the optimizer's own: the point must be a stationary point in practice.
        return new LogSpaceMinimum(final, value, double.IsFinite(value) && norm <= 1e3 * gradientTolerance, iterations);
    }

    private static Vector<double>? TryBfgs(IObjectiveFunction function, Vector<double> start, int maxIterations, double gradientTolerance, ref int iterations)
    {
        try
        {
            var result = new BfgsMinimizer(gradientTolerance, 1e-12, 1e-14, maxIterations).FindMinimum(function, start);
            iterations += result.Iterations;
            return double.IsFinite(result.FunctionInfoAtMinimum.Value) ? result.MinimizingPoint : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // MathNet signals a failed line search or an exhausted iteration budget by exceptions.
            return null;
        }
    }
}
